"""people40: appointment and leadership news of Anhui, Chongqing, Tianjin, Jiangsu and Liaoning —
resignations asked for in a congress's session (朱勇提出辞去…职务), a special committee written alone
after a post in the standing committee (省人大常委会委员、内务司法委员会主任委员: the congress's), a verb
after adverbs (许宏球，已于近日履新…), a leading group's roster (组 长：祝正庆 …副主任, 吕 威 财政局局长),
an obituary's clauses of former posts (中共辽宁省委原常委、省委宣传部原部长，原中共辽宁省顾问委员会常委刘某)
and a bare zone organ after the zone its sentence opened with (天津滨海新区…，工委书记、管委会主任皮某)
(excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_resignations_asked_for_in_a_congress_session():
    """安徽 省人大常委会 任免: 朱勇提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务 — the
    posts are left (提出 alone is a verb of speech, and read nothing after it); the committee written
    alone after the standing committee's post is the congress's special committee."""
    doc = extract_text(
        "省人大常委会任免\n提出辞职7人,因年龄原因,朱勇提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务,"
        "秦亚东提出辞去省十二届人大常委会委员、人事代表选举委员会主任委员职务。")
    posts = held_posts(doc)
    assert ("朱勇", "省人大常委会", "委员", "removed") in posts, posts
    assert ("朱勇", "省人大内务司法委员会", "主任委员", "removed") in posts, posts
    assert ("秦亚东", "省人大人事代表选举委员会", "主任委员", "removed") in posts, posts
    # the list's last name opens with a place word of the dictionary (马亚), ended by 分别
    doc = extract_text("省人大常委会任免\n张志轩、张荣国、王晓林、高开焰、马亚杰分别提出辞去省十二届人大常委会委员职务。")
    assert "马亚" not in body_names(doc, "Place")
    assert ("马亚杰", "省人大常委会", "委员", "removed") in held_posts(doc), held_posts(doc)


def test_a_working_committee_stays_the_standing_committees():
    """任命…为市人大常委会副主任、法制工作委员会主任: a working committee is the standing committee's own."""
    doc = extract_text("任免名单\n会议任命李四为市人大常委会副主任、法制工作委员会主任。")
    assert ("李四", "市人大常委会法制工作委员会", "主任", "appointed") in held_posts(doc), held_posts(doc)


def test_appointment_verb_after_adverbs_and_a_comma():
    """重庆 两江新区: 由浙江跨省份调重庆任职的许宏球,已于近日履新重庆两江新区管委会主任 — the
    description ends in 的, the name is the appointee; 已于近日 stands between it and the verb."""
    doc = extract_text("两江新区人事\n一年多前由浙江跨省份调重庆任职的许宏球,已于近日履新重庆两江新区管委会主任。")
    assert ("许宏球", "重庆两江新区管委会", "主任", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text("两江新区人事\n许宏球已于近日出任两江新区管委会主任。")
    assert ("许宏球", "两江新区管委会", "主任", "appointed") in held_posts(doc), held_posts(doc)


def test_leading_group_roster_rows():
    """江苏 武进高新区 领导小组: 组 长:祝正庆 武进国家高新区管委会副主任 — the role and colon open the
    row; 吕 威 is a two-character name set to three cells, its posts in the next cell."""
    doc = extract_text(
        "关于成立工作领导小组的通知\n二、组成人员\n组 长:祝正庆 武进国家高新区管委会副主任\n副组长:恽益明 武进国家高新区管委会副主任\n"
        "成 员:杨振宇 办公室主任\n缪爱国 经济发展局局长\n吕 威 财政局局长\n毛 健 规划建设和城市管理局党支部书记\n")
    people = _people(doc)
    assert {"祝正庆", "吕威", "毛健", "缪爱国"} <= people, people
    posts = held_posts(doc)
    assert ("祝正庆", "武进国家高新区管委会", "副主任", None) in posts, posts
    assert ("恽益明", "武进国家高新区管委会", "副主任", None) in posts, posts  # (恽, a rare family name)
    assert ("吕威", "财政局", "局长", None) in posts, posts
    assert not any(p in ("组长", "成员") for _, _, p, _ in posts), posts
    # a padded name needs its posts' cell; 国 家 (a post-only family name) is none
    doc = extract_text("名单\n吕 威 同意\n国 家 财政局局长\n")
    assert not ({"吕威", "国家"} & _people(doc)), _people(doc)


def test_obituary_clauses_of_former_posts():
    """辽宁 讣告: 中共辽宁省委原常委、省委宣传部原部长,原中共辽宁省顾问委员会常委刘异云同志 — 原 before
    the party's prefix marks the post former, and the clauses before the comma are his too."""
    doc = extract_text("刘异云同志逝世\n本报讯 中共辽宁省委原常委、省委宣传部原部长,原中共辽宁省顾问委员会常委"
                       "刘异云同志,因病于2021年10月24日在沈阳逝世,享年102岁。")
    statuses = {(b, p, s) for n, b, p, s in held_posts(doc) if n == "刘异云"}
    assert ("辽宁省顾问委员会", "常委", "former") in statuses, statuses
    assert ("辽宁省委", "常委", "former") in statuses, statuses
    assert ("辽宁省委宣传部", "部长", "former") in statuses, statuses


def test_bare_zone_organs_after_the_zone_the_sentence_named():
    """天津 滨海新区: 天津滨海新区近日人事变动,工委书记、管委会主任皮黔生 — the bare 工委 and 管委会
    are the new area's (no body named 工委), though the article names several zones."""
    doc = extract_text(
        "滨海新区人事变动\n天津滨海新区近日人事变动,工委书记、管委会主任皮黔生被免职,天津市委常委苟利军接任。"
        "苟利军兼任天津港保税区管委会主任,天津经济技术开发区管委会设在泰达。")
    bodies = body_names(doc)
    assert not ({"工委", "管委会"} & bodies), bodies
    posts = held_posts(doc)
    # 被免职 after the name: the posts written before it are left
    assert {("皮黔生", "滨海新区工委", "书记", "removed"), ("皮黔生", "滨海新区管委会", "主任", "removed")} <= posts, posts


def test_bare_list_of_names_seated_on_the_platform():
    """江西 吉安 市委全会: 王少玄、刘连根、…、雷音、…、张言苍在主席台就坐 — a list of names with no post
    closed by the platform's cue are people (雷音, a word of the dictionary, among a dozen names); a
    list of bodies so closed is none."""
    doc = extract_text(
        "中共吉安市委三届十三次全会召开\n8月12日,中共吉安市委三届十三次全会召开。全会由市委常委会主持。市委书记王萍出席并讲话。"
        "王少玄、刘连根、余阳春、喻志勇、杨丹、龙波舟、雷音、廖宏、刘贤清、刘兰芳、刘振国、王大学、张言苍在主席台就坐。")
    people = _people(doc)
    assert {"王少玄", "刘连根", "杨丹", "雷音", "王大学", "张言苍"} <= people, people
    doc = extract_text("会议召开\n市发改委、市财政局、高速、机场出席会议。")
    assert not _people(doc), _people(doc)


def test_banner_leaders_with_a_mongolian_name_of_five_syllables():
    """内蒙古 乌审旗: 我旗领导伊达木、宝音满都呼、王力平… — the list after the collective title holds a
    Mongolian name of five syllables (满都: Mandukh); every item read, the list is taken."""
    doc = extract_text("阿尔山市党政考察团一行来我旗考察\n8月28日,兴安盟阿尔山市党政考察团一行来我旗考察。市援兴办有关负责人,"
                       "我旗领导伊达木、宝音满都呼、王力平、陈旭辉、曹银山、肖翠艳及旗政府办、发展改革经济商务和信息化局、教育局、"
                       "建设局、图克镇等相关负责人陪同。")  # (我旗, read as the banner, ends in the title's 旗)
    assert {"伊达木", "宝音满都呼", "王力平", "肖翠艳"} <= _people(doc), _people(doc)


def test_a_rare_word_after_a_post_is_a_name():
    """The brief's 强卫 (江西 省委书记): 强 opens a name only after a post, and 强卫, a word the
    dictionary knows but rarely sees, closed by 出席 or 、, is the name; 强调, 强化 after a post stay verbs."""
    doc = extract_text("会议召开\n省委书记强卫出席会议并讲话。市委书记强卫、省长鹿心社出席。")
    assert "强卫" in _people(doc), _people(doc)
    doc = extract_text("会议召开\n县委书记强调,要抓好落实。市长强化责任担当,局长强力推进。")
    assert not _people(doc), _people(doc)


def test_a_resume_clause_opening_with_a_pronoun():
    """吉林 秘书长 任免: 刘化文,男,汉族,…,中共党员。他曾任四平市委常委,…,白城市委常委、副市长,…等职 — the
    pronoun is the resume's subject: every post of the list is his, held before."""
    doc = extract_text(
        "吉林省政府秘书长易人\n公开资料显示,刘化文,男,汉族,1969年10月生,在职研究生,经济学硕士,中共党员。他曾任四平市委常委,"
        "吉林省民政厅副厅长、党组成员,白城市委常委、副市长,通化市委副书记、市长,吉林省财政厅党组书记、厅长等职。")
    posts = {(b, p, s) for n, b, p, s in held_posts(doc) if n == "刘化文"}
    assert {("四平市委", "常委", "former"), ("吉林省民政厅", "副厅长", "former"), ("通化市", "市长", "former"),
            ("吉林省财政厅", "厅长", "former")} <= posts, posts


def test_an_obituarys_resume_after_another_name_and_spans_of_dates():
    """文化部 讣告: 吕志先,曾用名姚琬卿,1917年7月生于… — the other name opens the resume; 1945年8月至1949年5月,
    先后任… and 1949年5月起先后任… open its clauses with a span of dates."""
    doc = extract_text(
        "吕志先同志逝世\n吕志先,曾用名姚琬卿,1917年7月生于广东省平远县。1936年10月加入中国共产党。1945年8月至1949年5月,"
        "先后任鲁南区党委秘书长,中共徐州市委委员、副市长,华东南下干部纵队第五大队政委等。1949年5月起先后任中共嘉兴市委书记、"
        "嘉兴市军事管制委员会主任等。")
    posts = {(b, p, s) for n, b, p, s in held_posts(doc) if n == "吕志先"}
    assert {("徐州市委", "委员", "former"), ("徐州市", "副市长", "former"), ("嘉兴市委", "书记", "former")} <= posts, posts


def test_a_post_held_by_the_one_named_after_you():
    """重庆 两江新区: 两江新区党工委书记一职由重庆市委常委罗蔺兼任 — the post written first is his; and
    2023年7月罗蔺任两江新区党工委书记: a name after a date opening the clause is the subject of 任."""
    doc = extract_text("哪些人可以担任国家级新区党政一把手\n目前,两江新区党工委书记一职由重庆市委常委罗蔺兼任。")
    assert ("罗蔺", "两江新区党工委", "书记", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text("哪些人可以担任国家级新区党政一把手\n重庆两江新区于2010年6月挂牌。2023年7月罗蔺任两江新区党工委书记,后不再兼任市委秘书长。")
    assert ("罗蔺", "两江新区党工委", "书记", "appointed") in held_posts(doc), held_posts(doc)
    # (a resume's 2017年5月任省委常委: 任 the verb after the date, no person 任省委)
    doc = extract_text("严金海简历\n严金海曾在青海工作多年,于2013年1月升任青海省副省长,2017年5月任省委常委、副省长。")
    assert "任省委" not in _people(doc), _people(doc)
