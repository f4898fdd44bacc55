"""Round 41 (scrape41): scraped government pages as crawlers keep them, from fresh texts of
/tmp/s25/fresh/scrape41 (Shandong, Anhui, Henan, Guangxi, Xinjiang, Hubei, Chongqing, Jiangsu …):
a site's banner line holding its address, a column's name with its "more" link, a comment counter
written as a phrase (已有0人评论), a metadata field run on after a byline's names (来源:人民网), a
standard's numbered heading over 元数据 and a plan's contents (6.1 人力资源保障), a locative jieba tags as
a place (政府大院里), a country named only inside a national festival's name (【网络中国节·中秋】) placing
a township's story, 新港区 read as 新疆 and 香港, a tally 3乡3村 read as a village, and 六部委 as a figure."""
from __future__ import annotations

from conftest import article_place, extract_text

from kg.builder import extract_document
from kg.model import Doc


def _build(text: str):
    """`text` as one whole page (the layout stage reads its chrome): (entities by name → type,
    metrics as (indicator, value, unit))."""
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    ents = res.entities if isinstance(res.entities, dict) else {e.id: e for e in res.entities}
    names = {e.name: e.type for e in ents.values()}
    return names, {(m.indicator, m.value, m.unit) for m in res.metrics}, res


def test_a_site_banner_with_its_address_is_no_text_of_the_article():
    """3030k.cn (广饶县花官镇): `三联生活资讯 www.3030k.cn,中国最专业的资讯网站!` over the breadcrumb — its
    slogan's 中国 placed the township's story in China and 三联 was a Place (base)."""
    text = ("三联生活资讯 www.3030k.cn,中国最专业的资讯网站!\n"
            "当前位置:主页 > 财经 > 乡村刮起“掌上风”\n\n乡村刮起“掌上风”\n\n"
            "时间:2017-07-21 14:05 来源:中国网 作者:如思  阅读量:17540   \n\n"
            "自从加入花官镇环境卫生协同管理群成为一名志愿卫生督查员,随手拍就成为山东省广饶县花官镇北口村"
            "村民赵会莲生活的一部分。\n")
    names, _m, res = _build(text)
    assert "三联" not in names and "中国" not in names, names
    assert names.get("花官镇") == "Place" and names.get("北口村") == "Place", names


def test_a_column_name_with_its_more_link_and_a_comment_counter_are_chrome():
    """宣城新闻网 (泾县): `已有0人评论` gave a figure 0 人 of 评论, and `社会万象 阅读全部` a Place 万象
    (Vientiane) under Laos (base)."""
    text = ("热心村民新春义务除雪保出行\n来源: 作者: 发表时间:02-13 09:33\n\n"
            "宣城新闻网讯 2019年春节期间,冷空气频繁南下,泾县飘起雪花,茂林镇部分道路两旁木竹被压弯,"
            "成为阻挡群众返城的障碍。(张志勇 李碧露)\n\n\n【责任编辑:柳生】\n\n用户评论\n\n已有0人评论\n"
            "    新闻快报 阅读全部\n    社会万象 阅读全部\n")
    names, metrics, _res = _build(text)
    assert "万象" not in names and "茂林镇" in names, names
    assert not any(u == "人" and v == 0 for _i, v, u in metrics), metrics


def test_a_byline_s_names_end_at_a_metadata_field_on_its_line():
    """mqwsgw.com (民权县): `记者  汪晓东  曲昌荣  马跃峰  谢建伟        来源:人民网` — the source field was
    read as a fifth reporter, a Person `来源:人民网` (base)."""
    text = ("县委书记的一天(人民观察)\n\n发表日期:2011-02-12 点击\n\n"
            "记者  汪晓东  曲昌荣  马跃峰  谢建伟        来源:人民网    \n\n"
            "  编者按:中国有2000多个县(市、区),意味着有2000多个县(市、区)委书记。\n")
    names, _m, _res = _build(text)
    people = {n for n, t in names.items() if t == "Person"}
    assert people == {"汪晓东", "曲昌荣", "马跃峰", "谢建伟"}, people


def test_a_numbered_heading_over_the_word_metadata_is_no_sum_of_money():
    """广西政府网 政府网站集约化信息资源规范: `3.2元数据` ⏎ `元数据是描述数据资源特征的数据` — three
    figures 3.2 元, 3.3 元, 3.4 元 (base); a price (每斤售价3.3元) is still one."""
    text = ("政府网站集约化信息资源规范\n\n3 术语和定义\n\n3.2元数据\n\n"
            "元数据是描述数据资源特征的数据,包括核心元数据和扩展元数据。\n\n3.3元数据元素\n\n"
            "元数据的基本单元,用以描述信息资源某个特性。\n\n去年每斤售价3.3元，比上年上涨。\n")
    _n, metrics, _res = _build(text)
    yuan = sorted(v for _i, v, u in metrics if u == "元")
    assert yuan == [3.3], metrics


def test_a_locative_in_the_government_compound_is_no_place():
    """哈密 七角井镇 (a traditional-character mirror): `在七角井鎮政府大院里` — jieba's ns word 大院里
    was a Place (base)."""
    doc = extract_text("7月18日,在七角井鎮政府大院里,村民緊緊圍繞在“攤位”前,認真聽著什么,不時提出疑問。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "大院里" not in places and "七角井镇" in places, places


def test_a_country_inside_a_national_festival_s_name_does_not_place_the_story():
    """宜都 姚家店镇: `【網絡中國節·中秋】鄉賢支持、村民自演…` over a village's evening show — the
    festival's 中国 placed the article in China (base), not in the town the lead names."""
    place = article_place("【网络中国节·中秋】乡贤支持、村民自演,这场中秋“村晚”热闹非凡~\n"
                          "9月17日晚,在姚家店镇张家冲村高袁冲湾落,一场别开生面的中秋晚会正在举行。")
    assert place == "姚家店镇", place


def test_a_run_of_short_forms_before_a_district_suffix_names_that_district():
    """平江县 reposting 岳阳's notice: `岳阳经济技术开发区、城陵矶新港区、南湖新区` — 新港 of 新港区 was read as
    a run of provinces' short forms, 新疆 and 香港 (base); 川渝地区 and 中美关系 stay runs."""
    doc = extract_text("各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位:")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert not places & {"新疆维吾尔自治区", "香港"}, places
    doc = extract_text("川渝地区合作不断深化，中美关系稳定。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"四川省", "重庆市", "美国"} <= places, places


def test_a_plan_s_table_of_contents_gives_no_figures():
    """牟定县 and 新昌县 emergency plans: `6.1 人力资源保障`, `7.1 名词术语` in the contents were figures
    6.1 人 and 7.1 名 (base)."""
    text = ("新昌县森林火灾事故应急预案\n目 录\n1 总则\n1.1 编制目的\n6 应急保障\n6.1 人力资源保障\n"
            "6.2 后备力量保障\n7 附则\n7.1 名词术语\n7.2 预案管理\n1 总 则\n1.1 编制目的\n"
            "建立反应灵敏、运转高效的森林火灾处置体系,力争把森林火灾造成的损失降到最低程度。\n")
    _n, metrics, _res = _build(text)
    assert not metrics, metrics


def test_a_tally_of_townships_and_villages_is_no_village():
    """绵阳在线: `绵阳3乡3村上榜省级样板村镇` — the tally 3乡3村 was a village of 绵阳市 (base); 铁炉村 of
    魏城镇 is still one."""
    doc = extract_text("绵阳3乡3村上榜省级样板村镇\n"
                       "近日,会议表彰全省100个省级样板村镇,绵阳3个乡(镇)3个村(社区)上榜。"
                       "其中,游仙区魏城镇铁炉村荣获省级样板村殊荣。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "3乡3村" not in places and "铁炉村" in places, places


def test_six_ministries_and_commissions_is_no_figure():
    """江苏文明网: `中央农办、农业农村部等六部委联合认定了…` gave a figure 6 部 of 委联合认定了… (base), as
    九部门 gives none; 3部微电影 stays a count."""
    _n, metrics, _res = _build("日前,中央农办、农业农村部等六部委联合认定了第二批全国乡村治理示范镇、村,"
                               "苏州市1个镇和5个村入选。全县拍摄了3部微电影。\n")
    assert {v for _i, v, u in metrics if u == "部"} == {3}, metrics
