"""Round 87 (guanzhong87): town and village news of 陕西's 关中 (西安's 长安区, 临潼区, 阎良区; 渭南's 澄城县; 咸阳's
兴平市; 宝鸡's 岐山县; 铜川's 宜君县) and of 山西's counties (晋城's 沁水县, 吕梁's 兴县) — village secretaries,
collective income, co-operatives and town industries — from fresh texts of /tmp/s26/fresh/guanzhong87.  Fixes:
the posts of one chain joined by 兼 (党支部书记兼村委会主任) each open their body after the post word as written, not
as read, so the second body is 西垇村村委会 (no 西垇村书记兼村委会); a clan's village after 该镇 (杜家村: a family
name and 家) is a village, and the word stands for the township named before it, the village's parent; a bare
村支书 after the 、 of a list of people (镇长张继伟、村支书康兔则) is the story's village's branch secretary, not
after a division's kind (乡镇、村支书); 1万2千元 is 12000 元; a number of years alone in brackets after an era's
year (唐武德元年(618年)) glosses the calendar year, no count of years; a one-character verb before an aspect
particle ends a name (田磊|算了一笔账); a village the title names right after the article's township is the
subject of figures that name no place, and a year opening the clause does not hide the village's own figure
heads (2022年村集体经济收入, 村内现有…)."""
from __future__ import annotations

from conftest import extract_text, post_triples as _posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _part_of(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "partOf"}


def _figures(doc) -> set[tuple[str, str, object, str]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_posts_joined_by_jian_open_their_body_after_the_post():
    """01-changan-xiao-village: 砲里街道西垇村党支部书记兼村委会主任党胜利说道 (base: a body 西垇村书记兼村委会, the
    first post's 书记 taken into the second body's name)."""
    doc = extract_text("对话村支书\n西安市长安区砲里街道西垇村党支部书记兼村委会主任党胜利说道,村里抓住了机遇。")
    got = _posts(doc)
    assert {("党胜利", "西垇村党支部", "书记"), ("党胜利", "西垇村村委会", "主任")} <= got, got
    assert "西垇村书记兼村委会" not in _names(doc, "Agency")
    # a chain joined by 、 and a county's chain read as before
    doc = extract_text("新闻\n某县副县长兼县公安局局长王建飞出席。市委常委、宣传部部长张三出席。")
    assert {("王建飞", "县公安局", "局长"), ("张三", "市委宣传部", "部长")} <= _posts(doc), _posts(doc)


def test_clan_village_after_the_township_word():
    """06-qishan-gujun-town: 笔者9月18日从岐山县故郡镇了解到…9月12日,该镇杜家村举行“农业生态观光园”项目签约仪式
    (base: no village; jieba tags 杜家 a common noun)."""
    doc = extract_text("故郡镇党建引领助推脱贫\n笔者从岐山县故郡镇了解到,该镇注重发挥党支部的作用。"
                       "9月12日,该镇杜家村举行“农业生态观光园”项目签约仪式。")
    assert "杜家村" in _names(doc, "Place")
    assert ("杜家村", "故郡镇") in _part_of(doc), _part_of(doc)
    # a kind of village after 该镇 is none (大家 is no clan; 国家村级 no village)
    doc = extract_text("故郡镇新闻\n岐山县故郡镇开展活动。该镇大家村民都来了。该镇国家村级示范点建成。")
    assert not {"大家村", "国家村"} & _names(doc, "Place"), _names(doc, "Place")


def test_bare_village_secretary_after_a_listed_person():
    """09-xingxian-gongyi-village: 调研主要是听取了镇长张继伟、村支书康兔则关于镇村运用合作总社模式…的做法和经验
    (base: 康兔则 held nothing)."""
    doc = extract_text("公义村经济合作总社引领村民共同致富\n兴县蔚汾镇公义村在过去是全镇的贫困村。"
                       "调研组听取了镇长张继伟、村支书康兔则关于合作总社模式的做法和经验。")
    assert ("康兔则", "公义村党支部", "支书") in _posts(doc), _posts(doc)
    # the kinds of body listed after a division's kind: no one village's secretary
    doc = extract_text("公义村新闻\n兴县蔚汾镇公义村脱贫。会议要求各乡镇、村支书张三负责落实。")
    assert not any(body == "公义村党支部" for _p, body, _post in _posts(doc)), _posts(doc)


def test_wan_then_one_qian_digit():
    """01-changan-xiao-village: 村民的收入也从过去的1万2千元增加到现在的2万元以上 (base: 1万 元 and 2千 元, two
    figures)."""
    doc = extract_text("西垇村\n西垇村村民的收入也从过去的1万2千元增加到现在的2万元以上。")
    values = {(v, u) for _s, _i, v, u in _figures(doc)}
    assert (12000, "元") in values and (2000, "元") not in values and (10000, "元") not in values, values
    doc = extract_text("某县\n全县修路2万2707公里,投资3万5千元。")
    values = {(v, u) for _s, _i, v, u in _figures(doc)}
    assert {(22707, "公里"), (35000, "元")} <= values, values


def test_calendar_year_gloss_is_no_count():
    """03-yanliang-guanshan-street: 据《新编关山镇志》记载,唐武德元年(618年),设平陵县 (base: a figure 唐武德元年
    618 年)."""
    doc = extract_text("关山街道\n关山街道地处西安市阎良区东部。唐武德元年(618年),设平陵县。明万历五年(1577年),设关山镇。")
    assert not any(u == "年" for _s, _i, _v, u in _figures(doc)), _figures(doc)
    # a bracketed term not after an era's year is still read
    doc = extract_text("关山街道\n关山街道地处西安市阎良区东部。合同期限为(5年)。")
    assert any(v == 5 and u == "年" for _s, _i, v, u in _figures(doc)), _figures(doc)


def test_verb_before_aspect_particle_ends_the_name():
    """07-yijun-villages: 雷声村党支部书记田磊算了一笔账 (base: a person 田磊算)."""
    doc = extract_text("雷声村\n宜君县五里镇雷声村党支部书记田磊算了一笔账。")
    assert ("田磊", "雷声村党支部", "书记") in _posts(doc), _posts(doc)
    assert "田磊算" not in _names(doc, "Person")
    # 了 opening a word (了解) after a three-character name keeps it
    doc = extract_text("雷声村\n宜君县五里镇雷声村党支部书记张晓明了解到情况。")
    assert "张晓明" in _names(doc, "Person"), _names(doc, "Person")


def test_title_village_is_the_subject_of_unplaced_figures():
    """04-chengcheng-jiancheng-village: title 澄城县冯原镇吉安城村:党建引领促振兴; 村内现有中空玻璃温室大棚2座…
    2022年村集体经济收入达50万元,群众人均收入16000余元 (base: every such figure 冯原镇's, the township the article
    is placed in)."""
    doc = extract_text("澄城县冯原镇吉安城村:党建引领促振兴\n吉安城村位于冯原镇政府南2公里处,辖9个自然村。\n"
                       "坚持党建引领产业发展。村内现有中空玻璃温室大棚2座,钢架暖棚30座,"
                       "2022年村集体经济收入达50万元,群众人均收入16000余元。")
    figs = _figures(doc)
    assert ("吉安城村", "村集体经济收入", 500000, "元") in figs, figs
    assert ("吉安城村", "钢架暖棚", 30, "座") in figs, figs
    assert not any(s == "冯原镇" for s, *_ in figs), figs
    # a title naming the township alone leaves its figures the township's
    doc = extract_text("澄城县冯原镇:党建引领促振兴\n冯原镇吉安城村位于镇政府南2公里处。\n坚持党建引领产业发展。"
                       "新建钢架暖棚30座。")
    assert ("冯原镇", "钢架暖棚", 30, "座") in _figures(doc), _figures(doc)
