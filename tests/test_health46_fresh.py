"""Round 46 (health46): health, medical insurance and disease-control news from the fresh texts of
/tmp/s26/fresh/health46: a life expectancy in 岁 and a maternal mortality per 100,000 (/10万) are a
health bulletin's figures; a part after 其中 breaks down the level counted before it, not that
level's change; a building's gate (大门口) is no place; a class a plan builds (高水平医院) is no body's
name; an older CMS's 加入时间 field is page chrome under the headline."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[str, float], tuple]:
    return {(m.indicator, m.value): (m.unit, m.kind, m.period) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_life_expectancy_and_maternal_mortality_are_figures():
    """Shanghai (dbsqp.com, 2019-08-28): 2018年户籍人口期望寿命83.63岁…，孕产妇死亡率1.15/10万、婴儿死亡率
    3.52‰ (base: only the infant mortality; 岁 read as a person's age, /10万 as no unit)."""
    doc = extract_text("去年上海户籍人口期望寿命83.63岁\n"
                       "上海健康工作有很好的基础,三大健康指标中,2018年户籍人口期望寿命83.63岁(其中男性81.25岁,"
                       "女性86.08岁),孕产妇死亡率1.15/10万、婴儿死亡率3.52‰,均创历史最好水平。")
    got = _metrics(doc)
    assert got.get(("户籍人口期望寿命", 83.63)) == ("岁", "level", "2018"), got
    assert got.get(("孕产妇死亡率", 1.15)) == ("1/10万", "level", "2018"), got
    assert got.get(("婴儿死亡率", 3.52)) == ("‰", "level", "2018"), got
    assert got.get(("男性户籍人口期望寿命", 81.25)) == ("岁", "level", "2018"), got  # the parts after 其中
    assert got.get(("女性户籍人口期望寿命", 86.08)) == ("岁", "level", "2018"), got


def test_life_expectancy_from_one_year_to_the_next():
    """2018 national bulletin (人民日报): 我国居民人均预期寿命由2017年的76.7岁提高到2018年的77.0岁,
    孕产妇死亡率从19.6/10万下降到18.3/10万 (base: none of the four figures)."""
    doc = extract_text("我国居民人均预期寿命达七十七岁\n"
                       "国家卫健委日前发布《2018年我国卫生健康事业发展统计公报》。我国居民人均预期寿命由2017年的76.7岁"
                       "提高到2018年的77.0岁,孕产妇死亡率从19.6/10万下降到18.3/10万,婴儿死亡率从6.8‰下降到6.1‰。")
    got = _metrics(doc)
    assert got.get(("居民人均预期寿命", 76.7))[0:2] == ("岁", "level"), got
    assert got.get(("居民人均预期寿命", 77.0)) == ("岁", "level", "2018"), got
    assert got.get(("孕产妇死亡率", 18.3)) == ("1/10万", "level", "2018"), got
    group = extract_text("县卫健局开展老年人健康体检\n全县为60岁以上老人免费体检,共体检3200人。")
    assert all(m.unit != "岁" for m in group.metrics), _metrics(group)  # an age band stays no figure


def test_a_part_after_qizhong_breaks_down_the_level_not_its_change():
    """2023 national bulletin: 全国医疗卫生机构总数1070785个,比上年增加37867个,其中医院38355个,比上年增加
    1379个 (base: 医院38355个 read as a change, 医院医疗卫生机构总数比上年增加)."""
    doc = extract_text("国家卫健委发布统计公报\n"
                       "2023年末,全国医疗卫生机构总数1070785个,比上年增加37867个,其中医院38355个,比上年增加1379个。")
    got = _metrics(doc)
    # (weijian95: the part is named as the hospitals counted, 医院 — no longer 医院医疗卫生机构总数)
    assert got.get(("医院", 38355.0), ("",))[0:2] == ("个", "level"), got
    assert ("医院比上年增加", 38355.0) not in got and ("医院医疗卫生机构总数比上年增加", 38355.0) not in got, got


def test_a_building_gate_is_no_place():
    """红安县 CDC (redhongan.com, 2019-04-26): 单位大门口电子显示屏滚动播放“全国疟疾日”宣传主题 (base: a
    place 大门口, the programme implemented in it and the leaflets counted there)."""
    doc = extract_text("红安县疾控中心开展全国疟疾日主题宣传活动\n"
                       "红安县疾控中心举办主题宣传活动。活动现场悬挂宣传横幅1幅,单位大门口电子显示屏滚动播放宣传主题,"
                       "工作人员向过往居民发放宣传资料400多份。")
    assert "大门口" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_class_a_plan_builds_is_no_organisation():
    """广东 (wxredian.com): 广东省卫生健康委党组书记刘利群前往中山大学附属第一医院南沙院区调研高水平医院
    建设情况 (base: an organisation 高水平医院)."""
    doc = extract_text("刘利群调研高水平医院建设\n"
                       "11月1日,广东省卫生健康委党组书记刘利群前往中山大学附属第一医院南沙院区调研高水平医院建设情况。")
    orgs = _names(doc, "Organization")
    assert "高水平医院" not in orgs and "中山大学附属第一医院" in orgs, orgs


def test_an_entered_time_field_is_page_chrome():
    """邗江 CDC (yz-news.com): the headline, then 加入时间:2016年4月27日 (base: the field read as article
    text, so the headline was no title)."""
    doc = extract_text("邗江疾控中心开展第30个全国“儿童预防接种日”宣传活动\n加入时间:2016年4月27日\n"
                       "4月23日,邗江疾控中心参与由扬州市疾控中心统一组织的系列宣传活动。")
    assert doc.articles[0].title == "邗江疾控中心开展第30个全国“儿童预防接种日”宣传活动", doc.articles[0].title


def test_an_age_band_names_the_group_a_health_rate_measures():
    """成都 2021 bulletin / county health reports: 65岁及以上老年人健康管理率, 5岁以下儿童死亡率, 0-6岁儿童
    健康管理率 (base: the band's digits cut the name to 及以上老年人健康管理率, 以下儿童死亡率, 儿童健康管理率)."""
    doc = extract_text("全县卫生健康工作会议召开\n"
                       "会上通报,2023年全县65岁及以上老年人健康管理率达到72%。0-6岁儿童健康管理率为93.5%,"
                       "5岁以下儿童死亡率为3.2‰。")
    got = {m.indicator for m in doc.metrics}
    assert {"65岁及以上老年人健康管理率", "0-6岁儿童健康管理率", "5岁以下儿童死亡率"} <= got, got


def test_a_story_on_a_bulletin_takes_the_bulletin_s_year():
    """2023 national bulletin (news copy): 国家卫生健康委发布《2023年我国卫生健康事业发展统计公报》。根据
    《公报》,我国人均预期寿命达到78.6岁,孕产妇死亡率下降到15.1/10万,婴儿死亡率下降到4.5‰ (base: no
    period; the headline names no year, the lead names the bulletin's)."""
    doc = extract_text("国家卫健委:我国人均预期寿命达78.6岁\n"
                       "据国家卫生健康委官网消息,近日,国家卫生健康委发布《2023年我国卫生健康事业发展统计公报》。"
                       "根据《公报》,我国人均预期寿命达到78.6岁,孕产妇死亡率下降到15.1/10万,婴儿死亡率下降到4.5‰,"
                       "均为历史最好水平。")
    got = _metrics(doc)
    assert got.get(("婴儿死亡率", 4.5)) == ("‰", "level", "2023"), got
    assert got.get(("人均预期寿命", 78.6)) == ("岁", "level", "2023"), got


def test_a_part_after_qizhong_takes_the_rate_it_breaks_down():
    """2023 national bulletin: 全国医院病床使用率79.4%,其中,公立医院86.0% (base: an indicator 公立医院); a part
    that names its own measure keeps it (其中医院卫生技术人员772.3万人, no 总数 added)."""
    doc = extract_text("国家卫健委发布统计公报\n"
                       "2023年,全国医院病床使用率79.4%,其中,公立医院86.0%。2023年末,全国卫生技术人员总数1248.8万人,"
                       "其中医院卫生技术人员772.3万人。")
    got = {m.indicator for m in doc.metrics}
    assert "公立医院病床使用率" in got and "公立医院" not in got, got
    assert "医院卫生技术人员" in got, got


def test_a_five_year_plan_s_period_alone_is_no_programme():
    """海安 (haianrx.com): 周密制定卫生健康“十四五”规划及各专病防控“十四五”专项规划 (base: a programme 十四五
    run by the 市卫健委, as 推进“十四五”规划编制 made one too)."""
    doc = extract_text("市卫健委召开干部大会\n"
                       "谭真强调,要高点定位、科学谋划、周密制定卫生健康“十四五”规划及各专病防控“十四五”专项规划。")
    assert "十四五" not in _names(doc, "Programme"), _names(doc, "Programme")
    verb = extract_text("县发改委召开会议\n会议要求,推进“十四五”规划编制。")
    assert "十四五" not in _names(verb, "Programme"), _names(verb, "Programme")


def test_a_stamp_with_its_reporters_names_is_page_chrome():
    """红安网 (redhongan.com): the headline, then 2019-04-26 17:57   梅再军、陈威, then 红安网消息 … (base: the
    line read as text, so the headline was no title and 陈威 ran into an organisation 陈威红安网)."""
    from kg.stages.chrome import is_stamp
    assert is_stamp("2019-04-26 17:57   梅再军、陈威") and is_stamp("2019年4月26日   王明 李华")
    for line in ("2019-04-26   梅再军", "2019-04-26 17:57   来源 新华网", "2019-04-26 17:57   市政府、县政府"):
        assert not is_stamp(line), line
    doc = extract_text("红安县疾控中心开展第十二个“全国疟疾日”主题宣传活动\n\n2019-04-26 17:57   梅再军、陈威\n\n"
                       "红安网消息   4月26日,红安县疾控中心举办主题宣传活动。")
    assert doc.articles[0].title == "红安县疾控中心开展第十二个“全国疟疾日”主题宣传活动", doc.articles[0].title
    assert "陈威红安网" not in _names(doc, "Organization"), _names(doc, "Organization")
