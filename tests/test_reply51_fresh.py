"""Round 51 (reply51): replies to deputies' proposals and members' motions (人大建议/政协提案答复)
from fresh texts of /tmp/s26/fresh/reply51: the proposers named on the salutation line are persons
(李任忠代表：, 郭胜利、陈爱珍委员：), a figure in the proposal's title is what it asks for and no
fact, a whole year opening a later clause is the time of the figures after it, a place opening
a later clause of a sentence the writing bureau speaks of (我局…) owns that clause's figure, 2日内 is
no date, a title bar repeated without its issuer is one title, a plant to be built (建设第三污水处理厂)
is no organisation and an amount's noun ends with its money word (2400万元项目资金)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(doc) -> list[tuple[str | None, str, float, str | None]]:
    names = {e.id: e.name for e in doc.entities.values()}
    return [(names.get(m.subject, m.subject), m.indicator, m.value, m.period) for m in doc.metrics]


def test_a_single_deputy_on_the_salutation_line_is_a_person():
    """丰南区农业农村局 reply (fengnanqu.gov.cn): 李任忠代表： opens the letter (base: no person); a
    salutation with no whole name (各位代表：, 县人大代表：, 冬花委员：) names nobody."""
    doc = extract_text("唐山市丰南区农业农村局对丰南区第七届人民代表大会第三次会议第20号建议的答复\n"
                       "李任忠代表:\n您提出的关于“对大新庄镇农田管灌设施进行更新”的建议收悉,现答复如下:\n")
    assert "李任忠" in _persons(doc)
    for line in ("各位代表:", "县人大代表:", "尊敬的政协委员:", "冬花委员:"):  # (冬花: a given name alone, 博乐市财政局)
        other = extract_text(f"关于提案的答复\n{line}\n您提出的提案收悉,现答复如下:\n")
        assert not _persons(other), (line, _persons(other))


def test_a_list_of_members_and_an_honorific_opener_are_persons():
    """新密市住建局 reply: 郭胜利、陈爱珍委员：; 临沭县财政局 reply: 尊敬的李晓林、周志勋等代表：
    (base: none of the four)."""
    doc = extract_text("关于配套和完善金博大商业区公共基础设施的提案的答复\n郭胜利、陈爱珍委员:\n"
                       "你们提出的关于配套和完善金博大商业区公共基础设施的提案已收悉。现答复如下:\n")
    assert {"郭胜利", "陈爱珍"} <= _persons(doc)
    doc = extract_text("对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复\n"
                       "尊敬的李晓林、周志勋等代表:\n您提出的建议已收悉,现答复如下:\n")
    assert {"李晓林", "周志勋"} <= _persons(doc)


def test_a_figure_in_the_proposal_s_title_is_no_fact():
    """师宗县 reply (ynsz.gov.cn): its title 关于实施法召、雨柱2个片区高稳产农田改造项目的建议的答复
    (base: a figure 2个 片区高稳产农田改造项目 of 师宗县)."""
    doc = extract_text("关于实施法召、雨柱2个片区高稳产农田改造项目的建议的答复\n王小康等2名代表:\n"
                       "师宗县人民政府对此建议非常重视,安排县农业农村局研究办理该建议。\n")
    assert not any(v == 2 for _s, _i, v, _p in _metrics(doc)), _metrics(doc)
    closed = extract_text("福田区政协会议闭幕\n经审议审查,决定对“关于加强深港科技创新合作区深方区域内生物医药产业规划的建议”"
                          "等93件提案予以立案。\n")  # (dutenews.com: the title closed before the count, which stays)
    assert any(v == 93 for _s, _i, v, _p in _metrics(closed)), _metrics(closed)


def test_a_year_opening_a_later_clause_dates_the_figures_after_it():
    """个旧市农业农村局 reply (hhgj.gov.cn): 2019年全市建设高标准农田9100亩,…,2022年我市第一批…12500亩,
    其中蔓耗镇冲天岭片区建设高标准农田1322亩 — the 1322 mu are 2022's (base: 2019)."""
    doc = extract_text("对个旧市十八届人大一次会议第20号建议的答复\n"
                       "2019年全市建设高标准农田9100亩,其中蔓耗镇黄草坝片区、蔓耗片区共建设高标准农田2000亩,"
                       "项目主要内容为田间道路建设、地力培肥等,2022年我市第一批高标准农田建设项目建设高标准农田12500亩,"
                       "其中蔓耗镇冲天岭片区建设高标准农田1322亩,项目主要内容为灌排工程、地力培肥等。\n")
    periods = {v: p for _s, _i, v, p in _metrics(doc)}
    assert periods.get(1322) == "2022" and periods.get(2000) == "2019", periods
    compared = extract_text("统计公报\n2022年全县地区生产总值100亿元,比2021年增长5%,其中第一产业增加值20亿元。\n")
    periods = {v: p for _s, _i, v, p in _metrics(compared)}  # (比2021年: a year compared with opens no clause)
    assert periods.get(2_000_000_000) == "2022", periods


def test_a_town_opening_a_later_clause_owns_its_figure_in_the_bureau_s_sentence():
    """丰南区农业农村局 reply: 我局共为我区争取高标准农田建设项目立项2.5万亩,仅大新庄镇就安排了1.0万亩 —
    the 10,000 mu are the town's (base: the bureau's)."""
    doc = extract_text("唐山市丰南区农业农村局对丰南区第七届人民代表大会第三次会议第20号建议的答复\n李任忠代表:\n"
                       "大新庄镇李岭坨村2013年由原农牧局实施了“千亿斤粮食项目”。\n"
                       "2023年,我局共为我区争取高标准农田建设项目立项2.5万亩,仅大新庄镇就安排了1.0万亩,"
                       "占全区项目建设任务的40%。\n")
    subjects = {v: s for s, _i, v, _p in _metrics(doc)}
    assert subjects.get(10000) == "大新庄镇", subjects
    assert subjects.get(25000) == "丰南区农业农村局", subjects


def test_a_bare_day_before_nei_counts_days_and_dates_no_figure():
    """卫东区 leader's mailbox reply (weidong.gov.cn): 要求私设地锁的居民在2日内将地锁自行拆除…共拆除地锁6个 —
    2日内 is within two days, no 2nd of the month (base: the 6 locks dated 2020-11-02)."""
    doc = extract_text("小区私设地锁严重\n回复时间: 2020-11-13\n"
                       "回复内容: 网民朋友,您好!我区已联系社区民警,在怡心园小区张贴通知,并要求私设地锁的居民在2日内将地锁自行拆除。"
                       "对未拆除的地锁,社区工作人员、民警已进行拆除,共拆除地锁6个,挡车绳3条。\n")
    periods = {v: p for _s, _i, v, p in _metrics(doc)}
    assert 6 in periods and periods[6] != "2020-11-02", periods


def test_a_title_bar_repeated_without_its_issuer_is_one_title():
    """西山区农业农村局 reply (kmxs.gov.cn): the page's title bar 西山区农业农村局关于…第173169号建议答复的函,
    then the heading 关于…第173169号建议答复的函 — one title (base: the two joined into one)."""
    doc = extract_text("西山区农业农村局关于西山区第十七届人大三次会议第173169号建议答复的函\n"
                       "关于西山区第十七届人大三次会议第173169号建议答复的函\n张峪珩代表:\n"
                       "您提出的《关于下冲社区高标准农田修建工程的建议》建议收悉,现答复如下:\n")
    assert doc.articles[0].title == "西山区农业农村局关于西山区第十七届人大三次会议第173169号建议答复的函", \
        doc.articles[0].title


def test_a_plant_to_be_built_is_no_organisation():
    """临沭县财政局 reply (linshu.gov.cn): 拟在青云工业园区建设第三污水处理厂 — which plant is to be built
    where (base: an organisation 青云工业园区建设第三污水处理厂); a plant so named stays one."""
    doc = extract_text("对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复\n"
                       "同时根据县政府工作部署,拟在青云工业园区建设第三污水处理厂,该项目拟投资4500万元。\n")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert not any("建设第三" in o for o in orgs), orgs
    named = extract_text("临沭县财政局答复\n临沭县第三污水处理厂建成投用。\n")
    assert "临沭县第三污水处理厂" in {e.name for e in named.entities.values() if e.type == "Organization"}


def test_an_amount_s_noun_ends_with_its_money_word_before_the_next_figure():
    """大姚县卫生健康局 reply (dayao.gov.cn): 先后争取2400万元项目资金建设卫生院5个 — the 24 million are
    项目资金 and the 5 are health centres built (base: 项目, and 资金建设卫生院)."""
    doc = extract_text("大姚县卫生健康局对县十七届人大三次会议第173号建议的答复\n"
                       "我局也围绕目标,按照分年度实施、分批次建设原则,先后争取2400万元项目资金建设卫生院5个。\n")
    indicators = {v: i for _s, i, v, _p in _metrics(doc)}
    assert indicators.get(24_000_000) == "项目资金" and indicators.get(5) == "建设卫生院", indicators
