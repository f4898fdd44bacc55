"""Round 121 (laogan121): veteran-cadre work, committees for the young and elderly universities — 老干部局 news,
关心下一代工作委员会 meetings and campaigns, 老年大学 terms and 重阳节 visits, at every level (宝鸡 重阳节 visits,
溧阳市老年大学 opening, 谢家集区关工委 meeting, 桐城 大关镇 and 胥口镇 and 大垛镇 township 关工委 stories, 山东 and
青海 province bureau chiefs' meetings, 集贤县老干部局 yearbook entry, 新华社 中国关工委 anniversary, 米脂县 retirees'
party branches, a city's 老干部活动中心; fresh texts of /tmp/s27/txt/laogan121).  Fixes (base → now):
- a 和 right after a post's named holder joins the list's last name (副主任宋亚男和孙延平参加会议): place 延平 →
  person 孙延平 holding the same post;
- a verb of the means or partner before the holding verb opens a count's clause, as a verb of going does
  (依托企业科普平台开展研学50余场, 联合司法所开展讲座15场): 依托企业科普平台开展研学 → 研学;
- 筹得 is a lead verb (筹得捐资捐物5万余元): 筹得捐资捐物 → 捐资捐物;
- 欢聚 ends a counted noun (100多位离休老干部欢聚一堂): 离休老干部欢聚一堂 → 离休老干部;
- 叙家常 (chatting, jieba ns) is no place: place 叙家常 → none;
- a meeting verb with its complement 好 (认真筹备好全区关心下一代工作会议): programme 好全区… → 全区…;
- a village's or community's 关工委 is its organ (胥口镇子胥社区关工委): none → agency 子胥社区关工委;
- quoted 五老 (the retirees a 关工委 draws on: 组织“五老”志愿者) is a role: programme 五老 → none;
- the veteran cadres' centre and school are institutions of their scope (营口市老干部活动中心, 县老干部大学): none →
  organisation;
- 开设 is a lead verb (县老年大学开设教学班76个): 开设教学班 → 教学班."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def _holdings(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def test_a_name_after_he_joins_the_post_list():
    """03-xiejiaji-guangongwei: 区关工委常务副主任吴长茂主持会议,副主任宋亚男和孙延平参加会议; base: place 延平, no 孙延平."""
    doc = extract_text("谢家集区关工委召开主任工作会议\n4月6日上午,谢家集区关工委召开主任工作会议。区关工委常务副主任"
                       "吴长茂主持会议,副主任宋亚男和孙延平参加会议。")
    assert "孙延平" in _names(doc, "Person"), _names(doc, "Person")
    assert "延平" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("孙延平", "谢家集区关心下一代工作委员会") in _holdings(doc), _holdings(doc)
    doc = extract_text("某县召开会议\n县政协副主席王立新和李建国出席会议。")
    assert "李建国" in _names(doc, "Person"), _names(doc, "Person")


def test_he_before_no_name_joins_nothing():
    """Guard: 和 before a group or a spouse (县委书记张明和群众代表座谈, 和夫人) opens no second holder."""
    doc = extract_text("某县开展活动\n县委书记张明和群众代表座谈交流。")
    assert _names(doc, "Person") == {"张明"}, _names(doc, "Person")


def test_a_means_verb_opens_the_count_clause():
    """04-tongcheng-daguan: 依托企业科普平台开展研学50余场; 镇关工委联合司法所开展普法讲座15场; base: the means in
    the indicator."""
    doc = extract_text("桐城市大关镇关心下一代工作\n2025年,大关镇关工委组织讲座9次;依托企业科普平台开展研学50余场。"
                       "镇关工委联合司法所开展普法讲座15场。")
    got = _indicators(doc)
    assert "研学" in got and "普法讲座" in got, got


def test_raised_and_gathered_verbs_leave_the_noun():
    """04-tongcheng-daguan: 筹得捐资捐物5万余元; 11-yingkou: 100多位离休老干部欢聚一堂; base: 筹得捐资捐物,
    离休老干部欢聚一堂."""
    doc = extract_text("桐城市大关镇关心下一代工作\n2025年暑期走访困难大学生家庭24户,筹得捐资捐物5万余元。")
    assert "捐资捐物" in _indicators(doc), _indicators(doc)
    doc = extract_text("营口市离休老干部共庆重阳节\n12日上午,营口市老干部活动中心热闹非凡,100多位离休老干部欢聚一堂。")
    assert "离休老干部" in _indicators(doc), _indicators(doc)


def test_raising_money_keeps_its_noun():
    """Guard (tibet69): 筹集资金 names the money raised, the verb stays in it."""
    doc = extract_text("某县扶贫\n2023年,他们共筹集资金50万元。")
    assert "筹集资金" in _indicators(doc), _indicators(doc)


def test_chatting_is_no_place():
    """01-baoji-chongyang: 通过上门慰问送温暖、座谈交流叙家常等活动; base: place 叙家常."""
    doc = extract_text("宝鸡市开展重阳节活动\n市教育局通过上门慰问送温暖、座谈交流叙家常等活动,向离退休干部送去节日的关怀。")
    assert "叙家常" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_meeting_verb_complement_is_no_part_of_its_name():
    """03-xiejiaji-guangongwei: 认真筹备好全区关心下一代工作会议; base: programme 好全区关心下一代工作会议."""
    doc = extract_text("谢家集区关工委召开会议\n要进一步抓好谋划,认真筹备好全区关心下一代工作会议。")
    got = _names(doc, "Programme")
    assert not any(p.startswith("好") for p in got), got


def test_a_community_committee_for_the_young_is_its_organ():
    """05-xukou-shuqi: 子胥社区关工委在社区新时代文明实践站举行开班仪式 (the community chained to its town); base: none."""
    doc = extract_text("胥口镇青少年暑期活动启动\n7月10日下午,苏州市吴中区胥口镇子胥社区关工委在社区新时代文明实践站举行开班仪式。")
    assert "子胥社区关工委" in _names(doc, "Agency"), _names(doc, "Agency")


def test_the_five_elders_are_no_programme():
    """Round 121 (关工委 genre): 西大川村关工委组织“五老”志愿者走访困难家庭; base: programme 五老."""
    doc = extract_text("某镇关心下一代工作\n村关工委组织“五老”志愿者走访困难家庭,凝聚“五老”力量。")
    assert "五老" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_veteran_cadres_centre_is_an_institution():
    """11-yingkou-huodong-zhongxin: 12日上午,市老干部活动中心热闹非凡; base: no body."""
    doc = extract_text("营口市离休老干部共庆重阳节\n12日上午,营口市老干部活动中心热闹非凡。县老干部大学举行开学典礼。")
    got = _names(doc, "Organization")
    assert "营口市老干部活动中心" in got and "县老干部大学" in got, got


def test_setting_up_classes_is_no_word_of_the_count():
    """02-liyang-laonian-daxue (学校目前开设8个学科…有教学班76个), written noun first: 县老年大学开设教学班76个;
    base: 开设教学班."""
    doc = extract_text("溧阳市老年大学\n县老年大学开设教学班76个,学员4000多人。")
    got = _indicators(doc)
    assert "教学班" in got and "学员" in got, got
