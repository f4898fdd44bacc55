"""Round 49 (culture49): civilisation building and volunteer services, from fresh texts of
/tmp/s26/fresh/culture49 (宣传部/文明办 news of counties and cities): honoured people named after their
honour's kind, the volunteer teams and hours counted, and what is no figure or no programme there."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _figures(doc) -> dict[tuple, str]:
    """{(value, unit): indicator} of the document's figures."""
    return {(float(m.value), m.unit): m.indicator for m in doc.metrics}


def test_honoured_people_after_their_honour_s_kind_are_persons():
    """06 蕲春县 (云上黄冈): 为孝老爱亲模范邓良燕、陈优钰;…见义勇为模范徐志文、陈艳林等10名蕲春县第二届道德模范
    颁奖: the ten honoured are persons, holding no post (base: none of them found)."""
    doc = extract_text("蕲春县举行第二届道德模范颁奖仪式\n"
                       "2月9日,蕲春县举行第二届道德模范颁奖仪式,为孝老爱亲模范邓良燕、陈优钰;诚实守信模范胡香蓉、周兰; "
                       "敬业奉献模范王玉堂、钟林;助人为乐模范阙良胜、陈华生;见义勇为模范徐志文、陈艳林等10名蕲春县第二届"
                       "道德模范颁奖。")
    assert {"邓良燕", "陈优钰", "胡香蓉", "周兰", "王玉堂", "钟林", "阙良胜", "陈华生", "徐志文", "陈艳林"} <= _persons(doc)
    assert not any(r.predicate == "holdsPost" for r in doc.relations)


def test_a_scheme_named_by_a_number_plus_a_letter_stays_in_the_indicator():
    """01 泾源县 (华兴时报): 组建“8+N”志愿服务队980支: the teams of the 8+N scheme (base: indicator
    N志愿服务队, the 8 read as a figure cutting the words)."""
    doc = extract_text("泾源县多举措推动志愿服务工作走深走实\n"
                       "泾源县积极构建县、乡、村三级志愿服务体系,注册志愿者1.54万人,志愿服务组织209个,"
                       "组建“8+N”志愿服务队980支。")
    assert _figures(doc)[(980.0, "支")] == "8+N志愿服务队", _figures(doc)


def test_the_base_of_a_ratio_after_mei_is_no_figure():
    """11 宁波 (志愿服务大数据): 每4.5个宁波人中,就有一名注册志愿者: 4.5 is the base a ratio is per, no
    count of the city's people (base: 宁波人 4.5 个)."""
    doc = extract_text("每4.5个宁波人中就有一名注册志愿者\n"
                       "按宁波去年年底常住人口计算,每4.5个宁波人中,就有一名注册志愿者。")
    assert (4.5, "个") not in _figures(doc), _figures(doc)


def test_the_next_place_in_a_ranking_is_measured_as_the_first():
    """11 宁波: 鄞州区位居全市第一,有近30.5万名志愿者。紧随其后的是慈溪市,达到27.6万人: 慈溪市's
    volunteers (base: indicator 紧随其后)."""
    doc = extract_text("每4.5个宁波人中就有一名注册志愿者\n"
                       "从宁波各区(县、市)的注册志愿者人数来看,鄞州区位居全市第一,有近30.5万名志愿者。"
                       "紧随其后的是慈溪市,达到27.6万人。")
    assert _figures(doc)[(276000.0, "人")] == "志愿者", _figures(doc)


def test_a_quoted_verb_is_no_programme():
    """11 宁波: 社区服务类的活动数是11851场,参与“打卡”达466555人次: checking in is what people do, no
    programme (base: Programme 打卡)."""
    doc = extract_text("宁波市志愿服务大数据发布\n"
                       "2023年度,宁波市社区服务类的活动数是11851场,参与“打卡”达466555人次。")
    assert "打卡" not in _programmes(doc), _programmes(doc)


def test_a_selection_mechanism_is_a_kind_not_a_named_programme():
    """07 聊城 (中华网山东): 柳庆发指出,…要完善评选机制,发挥榜样引领作用: a kind of mechanism, none named
    (base: Programme 评选机制)."""
    doc = extract_text("2023年上半年“聊城好人”发布仪式举行\n"
                       "柳庆发指出,“聊城好人”评选是全市思想道德建设和文明城市建设的标杆。要完善评选机制,发挥榜样引领作用,"
                       "加大先进典型的挖掘、培育选树力度。")
    assert "评选机制" not in _programmes(doc), _programmes(doc)


def test_the_time_left_before_an_inspection_is_no_figure():
    """13 枣庄 (2014): 当前,距省文明委测评验收的时间仅剩四个月: a countdown, no measure of the city (base:
    距省文明委测评验收的时间仅剩 4 个月)."""
    doc = extract_text("全市创建省级文明城市工作调度会召开\n"
                       "2月13日上午,枣庄市创建省级文明城市工作调度会在市政大厦召开。当前,距省文明委测评验收的时间仅剩四个月,"
                       "各区(市)、各部门要进一步增强责任感。")
    assert (4.0, "个月") not in _figures(doc), _figures(doc)


def test_teams_after_the_divisions_parenthetical_are_counted_whole():
    """14 大悟县: 8支县级常备队伍和34支专业志愿服务队,20支乡镇(区)志愿服务支队: the township teams, not
    the townships (base: indicator 乡镇(区))."""
    doc = extract_text("美好大悟·志愿之城\n"
                       "目前,大悟县已组建县志愿服务总队,8支县级常备队伍和34支专业志愿服务队,20支乡镇(区)志愿服务支队,"
                       "孵化培育社会志愿服务队6支。")
    assert _figures(doc)[(20.0, "支")] == "乡镇(区)志愿服务支队", _figures(doc)


def test_a_second_count_in_words_ends_the_noun_of_the_first():
    """15 安化县 (中国益阳门户网): 13支新时代文明实践志愿服务小分队近千名志愿者汇聚于此: 13 teams and about
    a thousand volunteers (base: 13 支 …小分队近千名志愿者汇聚于此, 1000 名 志愿者汇聚于此)."""
    doc = extract_text("安化县 13支小分队千名志愿者同行动\n"
                       "3月5日,安化县陶澍广场热闹非凡,13支新时代文明实践志愿服务小分队近千名志愿者汇聚于此,"
                       "共同启动2024年“山乡尚礼·学雷锋·文明实践我行动”主题活动。")
    figures = _figures(doc)
    assert figures[(13.0, "支")] == "新时代文明实践志愿服务小分队", figures
    assert figures[(1000.0, "名")] == "志愿者", figures


def test_one_name_closed_by_deng_and_a_count_of_persons_is_a_person():
    """16 肥东县 (文明网): 现决定授予张燕等2人“肥东县最美志愿者”称号; 17 琼海: 共评选出王亨等10人为琼海市首届
    “最美志愿者”: the first named of the honoured is a person, the honour no post (base: neither found, and a
    figure 10 人 为琼海市首届最美志愿者 of the city's propaganda department)."""
    doc = extract_text("关于表彰肥东县八月份“最美志愿者”的通报\n"
                       "经过推荐和评审,现决定授予张燕等2人“肥东县最美志愿者”称号,授予八斗镇军王社区等2个社区"
                       "“肥东县最美志愿服务社区”称号。")
    assert "张燕" in _persons(doc), _persons(doc)
    doc = extract_text("琼海市首届“最美志愿者”评选活动颁奖仪式举行\n"
                       "2016年7月,中共琼海市委宣传部、琼海市文明办、共青团琼海市委在全市范围内开展了琼海市“最美志愿者”"
                       "“最佳志愿服务组织”评选活动,经过逐级推荐、严格审核、媒体公示等程序,共评选出王亨等10人为琼海市首届"
                       "“最美志愿者”,市青年志愿者协会等10个组织为琼海市首届“最佳志愿服务组织”。")
    assert "王亨" in _persons(doc), _persons(doc)
    assert not any(r.predicate == "holdsPost" for r in doc.relations)


def test_a_name_after_a_role_noun_closed_by_a_count_of_persons_is_a_person():
    """18 渭南 (渭南人大): …华州区大街社区志愿服务队志愿者张存萍3人被评为“陕西省最美志愿者”: 张存萍 is a
    person and 3人 only sums up the names (base: no 张存萍, a figure 3 人 志愿服务队志愿者张存萍 of 华山)."""
    doc = extract_text("我市3名个人受到省上表彰\n"
                       "经过严格审核、层层筛选,我市华山爱心联社志愿服务队志愿者范粉霞、富平县微公益爱心协会会长杨陇刚、"
                       "华州区大街社区志愿服务队志愿者张存萍3人被评为“陕西省最美志愿者”。")
    assert "张存萍" in _persons(doc), _persons(doc)
    assert (3.0, "人") not in _figures(doc), _figures(doc)


def test_the_head_after_a_quoted_project_name_is_no_project_of_its_own():
    """16 肥东县: 授予店埠镇双桥社区“居家养老”志愿服务项目等2个项目“肥东县最佳志愿服务项目”称号: the project
    is the quoted 居家养老 one; its head 志愿服务项目 names none (base: Programme 志愿服务项目)."""
    doc = extract_text("关于表彰肥东县八月份“最美志愿者”的通报\n"
                       "经过推荐和评审,现决定授予店埠镇双桥社区“居家养老”志愿服务项目等2个项目“肥东县最佳志愿服务项目”称号。")
    assert "志愿服务项目" not in _programmes(doc), _programmes(doc)
    assert "居家养老" in _programmes(doc), _programmes(doc)
