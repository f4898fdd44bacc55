"""Round 87 (ziran87): natural resources, forestry and grassland news — a county-level city's report on its
state-owned natural assets (开平市自然资源局: land by use in 亩 and 公顷, land supplied, mineral reserves), the
national cropland and land-use figures (自然资源部), forest and grassland work in Jilin, Sichuan, Hunan and
Xinjiang (吐鲁番市高昌区), the national forest chief system (林长制) and a prefecture's forestry bureau — from fresh
texts of /tmp/s26/fresh/ziran87.  Fixes: uses of land and tasks listed before 分别 share their head (交通运输、
水利设施、能源用地占比 → 交通运输用地占比 …; 造林绿化、种草改良和沙化土地治理任务 → 造林绿化任务 …), where the figures
were left unnamed or all named by the last item; 包含 opening a part of a whole is no word of the part (包含水田
→ 水田), as 包括 is not; a target stated with its own figure between 占 and 的 + a share is named by the target
(占省下达任务15.52万亩的197.8% → 省下达任务); the field chiefs of the 田长制 are posts of the place's leaders as
the forest chiefs are (县级总田长); a news site's name before the role word of a byline (四川在线 记者 邓强) is no
reporter."""
from __future__ import annotations

from conftest import extract_text, post_triples as _posts


def _metrics(doc) -> set[tuple[str, float, str]]:
    """(indicator, value, unit) of every metric."""
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_uses_of_land_listed_before_respectively_share_the_land():
    """07-gengdi-jingzengjia: 今年一季度，全国批准项目用地预审73.9万亩，同比增加51.7%，交通运输、水利设施、能源用地占比
    分别为72.5%、6.3%、6.6% (base: the three shares named only by the unit, %)."""
    doc = extract_text("今年一季度，全国批准项目用地预审73.9万亩，同比增加51.7%，交通运输、水利设施、能源用地占比分别为"
                       "72.5%、6.3%、6.6%。")
    got = _metrics(doc)
    assert {("交通运输用地占比", 72.5, "%"), ("水利设施用地占比", 6.3, "%"), ("能源用地占比", 6.6, "%")} <= got, got
    assert not any(i == "%" for i, _v, _u in got), got
    # a land class of its own keeps its name, no 用地 given to it (耕地, not 耕地用地)
    doc = extract_text("全县耕地、建设用地分别减少0.13万亩、0.2万亩。")
    names = {i for i, _v, _u in _metrics(doc)}
    assert names == {"耕地减少", "建设用地减少"}, names


def test_tasks_listed_before_respectively_share_the_task():
    """04-linchangzhi-quanmian: 今年上半年，全国造林绿化、种草改良和沙化土地治理任务分别完成82.9%、55%和50% (base: all
    three shares named 种草改良和沙化土地治理任务)."""
    doc = extract_text("今年上半年，全国造林绿化、种草改良和沙化土地治理任务分别完成82.9%、55%和50%。")
    got = _metrics(doc)
    assert {("造林绿化任务", 82.9, "%"), ("种草改良任务", 55, "%"), ("沙化土地治理任务", 50, "%")} <= got, got
    assert not any(i.startswith("种草改良和") for i, _v, _u in got), got


def test_contains_opening_a_part_is_no_word_of_it():
    """01-kaiping-ziranziyuan-zichan: 城镇村及工矿用地面积23.34万亩、占建设用地86.00%(包含城镇村用地22.71万亩和工矿用地
    0.53万亩) and 耕地36.22万亩(包含水田32.39万亩 … (base: indicators 包含城镇村用地, 包含水田)."""
    doc = extract_text("全市城镇村及工矿用地面积23.34万亩(包含城镇村用地22.71万亩和工矿用地0.53万亩)。"
                       "全市耕地36.22万亩(包含水田32.39万亩)。")
    got = _metrics(doc)
    assert {("城镇村用地", 227100, "亩"), ("工矿用地", 5300, "亩"), ("水田", 323900, "亩")} <= got, got
    assert not any(i.startswith("包含") for i, _v, _u in got), got


def test_a_target_stated_with_its_figure_before_the_share_of_it():
    """08-shi-linyeju-lvse: 今年全市完成人工林面积30.7万亩，占省下达任务15.52万亩的197.8% (base: the task's figure named
    占省下达任务)."""
    doc = extract_text("今年全市完成人工林面积30.7万亩，占省下达任务15.52万亩的197.8%。")
    got = _metrics(doc)
    assert ("省下达任务", 155200, "亩") in got, got
    assert ("人工林面积", 307000, "亩") in got, got
    assert not any(i.startswith("占") and u == "亩" for i, _v, u in got), got
    # without the share after it the figure is no target of a share: 占 stays where the clause reads so
    doc = extract_text("全县完成投资5亿元，占年度计划的80%。")
    assert ("投资占年度计划", 80, "%") in _metrics(doc), _metrics(doc)


def test_field_chiefs_are_posts_of_the_place_leaders():
    """Forest chiefs (林长制) were posts already; the field chief system (田长制) of the cropland protection news
    (耕地保护 and 田长制 in the county bureaus' reports) writes its chiefs alike: 县长、县级总田长李明 (base: 李明 no
    person at all)."""
    doc = extract_text("全县召开田长制工作会议\n4月8日，县委书记、县级总林长王建国带队开展巡林工作。县长、县级总田长李明"
                       "主持召开田长制工作会议。")
    got = _posts(doc)
    assert ("李明", "县人民政府", "县级总田长") in got, got
    assert ("李明", "县人民政府", "县长") in got, got
    assert ("王建国", "县人民政府", "县级总林长") in got, got
    # the system and its office are no post (田长制, 田长办)
    doc = extract_text("全县推行田长制\n县田长办组织各镇级田长开展巡田。")
    assert not _posts(doc), _posts(doc)


def test_a_news_sites_name_before_the_role_word_is_no_reporter():
    """03-sichuan-caoyuan-xiufu: 四川在线消息(四川在线 记者 邓强 王了)8月16日,…在成都举行 (base: a person 四川在线)."""
    doc = extract_text("四川实施草原生态修复\n四川在线消息(四川在线 记者 邓强 王了)8月16日,新闻发布会在成都举行。")
    people = _people(doc)
    assert {"邓强", "王了"} <= people, people
    assert "四川在线" not in people, people


def test_uses_of_land_supplied_each_its_own():
    """A 供地 report's land supplied by use (工业、住宅用地分别供应…, the 土地供应 of 01-kaiping-ziranziyuan-zichan written
    by use): each use's own supply (base: every figure 住宅用地供应); other goods supplied alike (煤炭供应, 电力供应)."""
    doc = extract_text("全年工业、住宅用地分别供应1200亩和800亩。")
    got = _metrics(doc)
    assert {("工业用地供应", 1200, "亩"), ("住宅用地供应", 800, "亩")} == got, got
    doc = extract_text("全年煤炭、电力分别供应500万吨和20亿千瓦时。")
    assert {i for i, _v, _u in _metrics(doc)} == {"煤炭供应", "电力供应"}, _metrics(doc)
