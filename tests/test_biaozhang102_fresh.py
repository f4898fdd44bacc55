"""Round 102 (biaozhang102): commendations, lists and 公示 notices — 表彰决定 and 表彰通报 of 延安, 安康 and
盘锦, the national 卫生健康系统 commendation decision (with 巴中's report of it), 天津's 科普 拟表彰公示, the
national 抗疫 拟表彰对象公示, 中组部's 优秀县委书记 公示 (江苏, 广东, 广西), a 白柳镇 两优一先 notice, 保康县
人大's 评议对象 公告 and 神农架's 乡村治理示范村 公示 (fresh texts of /tmp/s26/fresh/biaozhang102).  Fixes: a
commendation's title (关于表彰…的决定, 关于对…进行表彰的通报, 关于命名…) and its 以下简称《决定》 no programme
that the awarding ministries run; a quoted holiday before a time word (在“七一”前评选表彰) a time, no
programme; 共 opening a word (优秀共产党员70名) no adverb of summing (was 产党员); a heading's bracketed
sum (专项工作评议对象(共6个)) no bracket in the indicator; a contact address (通信地址：北京市东城区…) no
place of the notice; 授予 before a chain of posts (授予市卫生健康委党组书记、主任，市中医药管理局局长陈槟)
opening the run, so the first clause's posts are the honoured person's too."""
from __future__ import annotations

from conftest import article_place, extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _runs(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == "runs"}


def test_a_commendation_decision_quoted_is_no_programme():
    """03-quanguo-weijian: 人力资源社会保障部、国家卫生健康委…联合发布《关于表彰全国卫生健康系统先进集体、先进工作者及
    “白求恩奖章”获得者的决定》(以下简称《决定》) (base: a programme the four bodies run, 《决定》 its short name).
    A policy about commendations (《评比达标表彰活动管理办法（试行）》) stays a programme."""
    doc = extract_text("卫生健康系统表彰\n近日,人力资源社会保障部、国家卫生健康委联合发布《关于表彰全国卫生健康系统先进集体、"
                       "先进工作者及“白求恩奖章”获得者的决定》(以下简称《决定》)。《决定》授予北京大学第三医院等326个单位"
                       "“全国卫生健康系统先进集体”称号。")
    assert not [n for n in _names(doc, "Programme") if "表彰" in n], _names(doc, "Programme")
    assert not _runs(doc), _runs(doc)
    doc = extract_text("表彰项目公示\n根据《国家功勋荣誉表彰条例》《评比达标表彰活动管理办法（试行）》规定,经省领导小组初审。")
    assert "评比达标表彰活动管理办法（试行）" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_commendation_title_heading_the_notice_is_no_programme():
    """A notice headed by its commendation title over its addressees (…人民政府关于表彰2007年度乡镇环境卫生综合整治活动
    优胜乡镇和先进工作者的决定 / 各县（市）区人民政府: the base read the title as a programme the city government
    runs and the city implements).  A notice of a campaign (…关于开展…安全生产大检查的通知) stays one."""
    doc = extract_text("丹东市人民政府关于表彰2007年度乡镇环境卫生综合整治活动优胜乡镇和先进工作者的决定\n"
                       "各县（市）区人民政府，市政府各部门：\n为表彰先进，市政府决定授予浪头镇等12个乡镇优胜乡镇荣誉称号。")
    assert not [n for n in _names(doc, "Programme") if "表彰" in n], _names(doc, "Programme")
    doc = extract_text("延安市人民政府关于对2018年度全市医改工作先进县区先进集体进行表彰的决定\n各县区人民政府：\n"
                       "经市政府研究，决定授予富县“2018年度全市卫生计生工作先进县区”称号。")
    assert not [n for n in _names(doc, "Programme") if "表彰" in n], _names(doc, "Programme")
    doc = extract_text("辽宁省人民政府办公厅关于开展2024年全省安全生产大检查的通知\n各市人民政府，省政府各厅委：\n"
                       "现将有关事项通知如下。")
    assert "关于开展2024年全省安全生产大检查的通知" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_quoted_holiday_before_a_time_word_is_no_programme():
    """05-bailiu: 白柳镇党委研究决定在“七一”前评选表彰一批先进基层党组织、优秀共产党员和优秀党务工作者 (base: a
    programme “七一” implemented in 白柳镇).  A quoted holiday with its own head word (“七一”主题党日活动) stays one;
    before greetings (“七一”慰问活动) the holiday only dates the visits (shuangyong120: no programme 七一 there)."""
    doc = extract_text("白柳镇评选表彰\n近日,白柳镇党委研究决定在“七一”前评选表彰一批先进基层党组织、优秀共产党员。")
    assert "七一" not in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("某镇活动\n近日,某镇党委开展“七一”主题党日活动。")
    assert "七一" in _names(doc, "Programme"), _names(doc, "Programme")


def test_gong_opening_a_word_is_no_sum_adverb():
    """05-bailiu: 全镇拟表彰先进基层党组织3个、优秀共产党员70名、优秀党务工作者8名 (base: 产党员 70 名, the 共 of
    共产党员 read as 'in all').  The adverb after a list of doers still goes (铁路、公路共发送旅客)."""
    doc = extract_text("白柳镇评选表彰\n全镇拟表彰先进基层党组织3个、优秀共产党员70名、优秀党务工作者8名。")
    assert ("优秀共产党员", 70, "名") in _metrics(doc), _metrics(doc)
    assert not [i for i, _, _ in _metrics(doc) if i.startswith("产")], _metrics(doc)
    doc = extract_text("春运\n春运期间,全省铁路、公路共发送旅客200万人次。")
    assert ("发送旅客", 2000000, "人次") in _metrics(doc), _metrics(doc)


def test_a_headings_bracketed_sum_leaves_no_bracket():
    """09-baokang: 一、专项工作评议对象(共6个) over the list of bureaus (base: indicator 专项工作评议对象( ).  A
    heading's plain count (先进单位(8个)) is read as before."""
    doc = extract_text("保康县人大常委会公告\n一、专项工作评议对象(共6个)\n县教育局\n县民政局\n")
    assert ("专项工作评议对象", 6, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县公告\n一、专项工作评议对象（共6个）\n县教育局\n")
    assert ("专项工作评议对象", 6, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("某市通报\n一、先进单位(8个):\n市教育局\n")
    assert ("先进单位", 8, "个") in _metrics(doc), _metrics(doc)


def test_a_contact_address_is_no_place_of_the_notice():
    """08-kangyi: a national 公示 whose contact block reads 举报电话：010—84233460 / 通信地址：北京市东城区和平里东街3号
    (base: the notice placed in 东城区; the places of the text are elsewhere).  A notice whose story is told in
    that place keeps it."""
    text = ("抗击新冠肺炎疫情国家级拟表彰对象公示\n党中央决定,表彰一批在抗击新冠肺炎疫情斗争中涌现出的先进个人和先进集体。"
            "确定武汉市金银潭医院等500个集体为先进集体拟表彰对象、首都医科大学附属北京地坛医院党委等150个集体为全国先进基层党组织拟表彰对象。现就拟表彰对象进行全国公示,公示期为2020年8月28日至9月1日。\n联系方式:\n举报电话:010—84233460\n"
            "通信地址:北京市东城区和平里东街3号\n邮政编码:100013")
    assert article_place(text) != "东城区", article_place(text)
    text = ("东城区召开表彰大会\n8月28日,北京市东城区召开表彰大会,表彰一批先进集体。\n通信地址:北京市东城区和平里东街3号")
    assert article_place(text) == "东城区", article_place(text)


def test_the_honoured_persons_first_clause_of_posts_is_his():
    """03-quanguo-weijian (巴中's report): 授予市卫生健康委党组书记、主任,市中医药管理局局长陈槟“全国卫生健康系统先进
    工作者”称号 (base: only 市中医药管理局局长).  A clause with words before its posts (王五担任县委书记，县长张三) is
    still someone else's."""
    doc = extract_text("巴中市卫健委消息\n其中,授予市卫生健康委党组书记、主任，市中医药管理局局长陈槟“全国卫生健康系统先进工作者”称号。")
    assert {("陈槟", "巴中市卫生健康委员会", "党组书记", None), ("陈槟", "巴中市卫生健康委员会", "主任", None),
            ("陈槟", "巴中市中医药管理局", "局长", None)} <= held_posts(doc), held_posts(doc)
    doc = extract_text("某县消息\n会议决定,王五担任县委书记，县长张三主持会议。")
    assert not [h for h in held_posts(doc) if h[0] == "张三" and h[2] == "书记"], held_posts(doc)


def test_a_contests_winner_runs_no_contest():
    """06-panjin: 市政府决定,盘山县人民政府、大洼县人民政府为2009年度全市农田基本建设第二十二届“大禹杯”竞赛县区级优胜单位
    (base: both governments run “大禹杯”竞赛, read off 建设 of 农田基本建设).  A body holding a contest for others
    (市总工会为全市职工举办“建功杯”劳动竞赛) still runs it."""
    doc = extract_text("盘锦市人民政府关于表彰竞赛优胜单位的决定\n各县、区人民政府:\n我市开展第二十二届“大禹杯”竞赛以来,成效明显。"
                       "市政府决定,盘山县人民政府、大洼县人民政府为2009年度全市农田基本建设第二十二届“大禹杯”竞赛县区级优胜单位,"
                       "各奖励以奖代补资金15万元。")
    assert not {(a, b) for a, b in _runs(doc) if a in ("盘山县人民政府", "大洼区人民政府", "大洼县人民政府")}, _runs(doc)
    doc = extract_text("某市新闻\n市总工会为全市职工举办“建功杯”劳动竞赛。")
    assert [a for a, _ in _runs(doc) if a.endswith("总工会")], _runs(doc)


def test_each_winners_award_drops_the_distributive_ge():
    """06-panjin: …为…县区级优胜单位,各奖励以奖代补资金15万元 (base: indicator 各奖励以奖代补资金); 05-dandong-style
    授予…荣誉称号,各奖励人民币5万元 (base: 各奖励).  各 before a noun (各类企业) stays."""
    doc = extract_text("盘锦市人民政府决定\n市政府决定,盘山县人民政府、大洼县人民政府为2009年度竞赛县区级优胜单位,"
                       "各奖励以奖代补资金15万元;授予浪头镇等12个乡镇优胜乡镇荣誉称号,各奖励人民币5万元。")
    inds = {i for i, _, _ in _metrics(doc)}
    assert {"奖励以奖代补资金", "奖励"} <= inds, inds
    assert not [i for i in inds if i.startswith("各奖")], inds
    doc = extract_text("某市新闻\n全市各类企业投资10亿元。")
    assert ("各类企业投资", 1000000000, "元") in _metrics(doc), _metrics(doc)


def test_the_honours_roll_after_one_named_person_is_counted():
    """03-quanguo-weijian: 授予北京大学第三医院等326个单位…称号,授予马迎民等749名同志“全国卫生健康系统先进工作者”称号
    (base: 326 个 only, the 749 and 30 named people's counts dropped as a sum of the names); a 丹东-style
    授予郭天彬等71人先进工作者荣誉称号 (base: none).  A count summing up the names of a plain clause
    (张明等5人参加了会议, 高志国、吴建海两人) stays no figure."""
    doc = extract_text("卫生健康系统表彰\n四部门决定,授予北京大学第三医院等326个单位“全国卫生健康系统先进集体”称号,"
                       "授予马迎民等749名同志“全国卫生健康系统先进工作者”称号,授予于波等30名同志“‘白求恩奖章’获得者”称号。")
    values = {(v, u) for _, v, u in _metrics(doc)}
    assert {(326, "个"), (749, "名"), (30, "名")} <= values, _metrics(doc)
    doc = extract_text("丹东市表彰决定\n市政府决定授予郭天彬等71人先进工作者荣誉称号。")
    assert ("先进工作者", 71, "人") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县新闻\n张明等5人参加了会议。援青干部高志国、吴建海两人克服高原反应。")
    assert not [m for m in _metrics(doc) if m[1] in (5, 2)], _metrics(doc)
