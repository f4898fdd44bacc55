"""Round 117 (yuye117): fisheries and fisheries-management text — 休渔期/禁渔期 notices, 长江十年禁渔, fleet
counts and 渔政 enforcement, at every level (农业农村部 伏季休渔 notice via 日照, 茂名市 珠江禁渔 notice, 会理市
春季禁渔, 巫山县 禁渔期公告, 太和县 禁渔公告, 福州市 闽江口 整治, 赣榆区 伏休执法, 海南 南海开渔, 台州 东海开渔,
舟山 带鱼保护区 巡航, 农业农村部 长江禁渔中期; fresh texts of /tmp/s27/txt/yuye117).  Fixes (base → now):
- a sea's name before a word of its waters (渔船都在东海海域捕鱼, 在东黄海、东海海域实行伏季休渔, 南海海域):
  Place 东海县 (320722) / 南海区 → the sea 东海 / 南海 (world_places region), even after a locative verb;
- a bare N日 after a verb of lasting (连续3日进行清理整治, 为期5日): the figures of the story dated 2019-12-03 →
  no day of the month (period None);
- fisheries law-enforcement bodies (福州市海洋与渔业执法支队, 连江县海洋与渔业执法大队, 市海洋行政执法局,
  温岭市渔政执法大队): none → agencies;
- a date line naming a site and its local channel (2021-03-01 大众网·日照): title None, date None → the headline
  above it is the title, the date 2021-03-01;
- a line opening X网 … N月N日 with a clock after the day (小型张网渔船从5月1日12时起休渔): Organization 小型张网
  (a news site) → none; a site's dateline closed by 讯/电 stays;
- the nautical mile (航程300海里, 行驶航程1200海里): no figure → 航程 300 海里;
- a fleet's moves end the noun counted (1.4万余艘渔船解除禁令, 1200艘渔船进港休渔, 23.1万退捕渔民建档立卡):
  渔船解除禁令 / 渔船进港休渔 / 退捕渔民建档立卡 → 渔船 / 退捕渔民;
- a count before a 、-list of kinds closed by 等 (2918艘拖网、帆式张网、耙刺等渔船, 300家餐馆、酒店等经营单位):
  拖网 / 餐馆 (the first kind) → 渔船 / 经营单位 (the head; the list stays in the figure's span)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _periods(doc) -> dict[str, str | None]:
    return {m.indicator: m.period for m in doc.metrics}


def test_a_sea_area_is_the_sea_not_the_county():
    """09-taizhou, 07-ganyu: 我市90%以上的渔船都在东海海域捕鱼; base: Place 东海县 (320722) of Lianyungang."""
    doc = extract_text("东海开渔\n渔船都在东海海域捕鱼。")
    got = _places(doc)
    assert "东海县" not in got and got.get("东海", "").startswith("region-"), got
    doc = extract_text("伏季休渔\n江苏省在东黄海、东海海域实行伏季休渔。")
    assert "东海县" not in _places(doc), _places(doc)
    doc = extract_text("执法行动\n广东省佛山市在南海海域开展执法。")
    got = _places(doc)
    assert "南海区" not in got and got.get("南海", "").startswith("region-"), got


def test_the_county_of_the_same_name_stays():
    """Guard: 东海县 written in full, or 东海 as the county before its organ, is the county."""
    doc = extract_text("通告\n东海县农业农村局发布通告。连云港市东海县石榴街道开展整治。")
    assert _places(doc).get("东海县") == "320722", _places(doc)
    doc = extract_text("通告\n我市在东海开展农村人居环境整治。")
    assert _places(doc).get("东海县") == "320722", _places(doc)


def test_a_run_of_days_is_no_day_of_the_month():
    """06-fuzhou: 连续3日进行清理整治; base: the figures dated 2019-12-03."""
    doc = extract_text("闽江口整治\n2019-12-27 来源：福州市\n近日，福州市开展整治行动。全体执法人员不畏困难，"
                       "连续3日进行清理整治。期间，共出动执法船艇7艘次，查获涉渔船舶24艘。")
    got = _periods(doc)
    assert got and all(p != "2019-12-03" for p in got.values()), got


def test_a_bare_day_still_dates_its_figures():
    """Guard: 12月3日 (a day with its month) and a bare 3日 after a dated month keep their day."""
    doc = extract_text("闽江口整治\n2019-12-27 来源：福州市\n12月3日，福州市开展整治行动，共出动执法船艇7艘次。")
    assert _periods(doc).get("出动执法船艇") == "2019-12-03", _periods(doc)


def test_fisheries_enforcement_bodies_are_agencies():
    """06-fuzhou, 10-zhoushan: 福州市海洋与渔业执法支队联合…连江县海洋与渔业执法大队, 市海洋行政执法局; base: none."""
    doc = extract_text("闽江口整治\n近日，福州市海洋与渔业执法支队联合连江县海洋与渔业执法大队开展行动。"
                       "温岭市渔政执法大队出动人员。")
    got = _agencies(doc)
    assert {"福州市海洋与渔业执法支队", "连江县海洋与渔业执法大队", "温岭市渔政执法大队"} <= got, got
    doc = extract_text("巡航执法\n舟山市开展检查。此次执法行动由市海洋行政执法局、普陀区海洋与渔业局联合开展。")
    assert "舟山市海洋行政执法局" in _agencies(doc), _agencies(doc)


def test_enforcement_staff_are_no_agency():
    """Guard: 渔政执法人员 (the staff) is no body."""
    doc = extract_text("伏休执法\n赣榆区农业农村局渔政执法人员在海上执法巡航。")
    assert not any(a.endswith("人员") for a in _agencies(doc)), _agencies(doc)


def test_a_site_and_its_channel_is_the_page_stamp():
    """01-rizhao: headline ⏎ 2021-03-01 大众网·日照; base: no title, no date."""
    doc = extract_text("农业农村部调整海洋伏季休渔制度 日照海域5月1日起休渔\n2021-03-01 大众网·日照\n"
                       "近日，农业农村部发布《农业农村部关于调整海洋伏季休渔制度的通告》。")
    art = doc.articles[0]
    assert art.title == "农业农村部调整海洋伏季休渔制度 日照海域5月1日起休渔", art.title
    assert art.date == "2021-03-01", art.date


def test_a_fishing_net_is_no_news_site():
    """01-rizhao: 小型张网渔船从5月1日12时起休渔; base: Organization 小型张网 (org.news-site)."""
    doc = extract_text("休渔通告\n小型张网渔船从5月1日12时起休渔，时间不少于三个月。")
    assert "小型张网" not in _orgs(doc), _orgs(doc)


def test_a_site_dateline_stays_a_site():
    """Guard: a site's dateline closed by 讯 or 电 still names the site."""
    doc = extract_text("标题\n中国经济网北京3月1日讯 农业农村部发布通告。")
    assert "中国经济网" in _orgs(doc), _orgs(doc)


def test_nautical_miles_are_a_figure():
    """07-ganyu, 10-zhoushan: 行驶航程1200海里, 航程300海里; base: no figure."""
    doc = extract_text("执法检查\n赣榆区执法大队共出动执法人员300人次，行驶航程1200海里。此次检查航时26小时，航程300海里。")
    got = _metrics(doc)
    assert ("行驶航程", 1200, "海里") in got and ("航程", 300, "海里") in got, got


def test_a_fleet_move_ends_the_counted_noun():
    """08-hainan, 11-nongyebu: 1.4万余艘渔船解除禁令, 对23.1万退捕渔民建档立卡; base: 渔船解除禁令, 退捕渔民建档立卡."""
    doc = extract_text("开渔\n8月16日12时，海南省1.4万余艘渔船解除禁令，陆续出港。全市1200艘渔船进港休渔。")
    got = {i for i, _v, _u in _metrics(doc)}
    assert got == {"渔船"}, got
    doc = extract_text("长江禁渔\n对23.1万退捕渔民建档立卡、分类施策。")
    assert {i for i, _v, _u in _metrics(doc)} == {"退捕渔民"}, _metrics(doc)


def test_a_noun_opening_with_the_move_keeps_it():
    """Guard: 5000户建档立卡贫困户 (the registered poor households) keeps 建档立卡."""
    doc = extract_text("扶贫\n全县有5000户建档立卡贫困户。")
    assert ("建档立卡贫困户", 5000, "户") in _metrics(doc), _metrics(doc)


def test_a_list_of_kinds_counts_its_head():
    """09-taizhou: 我市共有2918艘拖网、帆式张网、耙刺等渔船扬帆出海; base: 拖网 2918 艘 (the first gear)."""
    doc = extract_text("东海开渔\n我市共有2918艘拖网、帆式张网、耙刺等渔船扬帆出海。")
    assert ("渔船", 2918, "艘") in _metrics(doc), _metrics(doc)
    doc = extract_text("招商引才\n全县共有300家餐馆、酒店、超市等经营单位参加。")
    assert ("经营单位", 300, "家") in _metrics(doc), _metrics(doc)


def test_counts_listed_each_keep_their_noun():
    """Guard: counts each with their own noun (10个公园、5个广场) and a one-character list (政、商、学…代表) stay."""
    doc = extract_text("建设\n新建10个公园、5个广场。")
    assert {("公园", 10, "个"), ("广场", 5, "个")} <= _metrics(doc), _metrics(doc)
