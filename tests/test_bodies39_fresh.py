"""bodies39: agencies and organisations named whole or given to their parent — a region's government's
office kept in another city (香港特别行政区政府驻上海经济贸易办事处), a bilateral body named by two
countries' characters (老中合作委员会), a county-level management zone's committee (西湖管理区管委会), a
democratic party committee's department written bare (民盟新疆区委会…参政议政部), an office's short name
before its unit (新闻办新闻局), a people's organisation leading an article's programmes (漳平市供销社…
“供销农场”), and a national strategy the reporting agency does not run (国家统计局, 供给侧结构性改革)
(excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs, relation_pairs


def test_region_government_office_in_another_city_is_read_whole():
    """温州市外办 (foreign37): 拜访…香港特别行政区政府驻上海经济贸易办事处(香港驻沪办) — the office Hong
    Kong's government keeps in Shanghai, not an office of Shanghai (上海市经济贸易办)."""
    doc = extract_text(
        "温州市外办带队赴上海拜访驻沪总领事馆和香港驻沪办\n"
        "6日,温州市外办党组书记周建清带队赴上海拜访多国驻沪总领事馆和香港特别行政区政府驻上海经济贸易办事处"
        "(香港驻沪办)。")
    bodies = body_names(doc)
    assert "香港特别行政区政府驻上海经济贸易办事处" in bodies, bodies
    assert "上海市经济贸易办" not in bodies, bodies
    assert ("香港特别行政区政府驻上海经济贸易办事处", "香港特别行政区政府") in relation_pairs(doc, "subOrganizationOf"), \
        relation_pairs(doc, "subOrganizationOf")


def test_bilateral_body_named_by_two_countries_characters():
    """云南 老挝北部 (foreign37): 老挝工贸部部长、老中合作委员会主席 — 老中, Laos and China, open the
    committee's name; no 老挝中合作委员会."""
    doc = extract_text(
        "云南省与老挝北部合作特别工作组会议召开\n"
        "云南省省长、云南省代表团团长阮成发出席会议,并会见了老挝工贸部部长、老中合作委员会主席、老挝代表团团长"
        "开玛尼·奔舍那一行。")
    bodies = body_names(doc)
    assert "老中合作委员会" in bodies and "老挝中合作委员会" not in bodies, bodies
    assert ("开玛尼·奔舍那", "老中合作委员会") in post_pairs(doc), post_pairs(doc)


def test_management_zone_before_its_committee():
    """常德 西湖管理区 (posts36): 西湖管理区管委会副主任、区副总河长徐翔 — 管理区 is the zone's kind, the
    committee is the zone's, no relative district's 区管委会."""
    doc = extract_text(
        "西湖管理区副总河长督导河长制工作\n"
        "11月21日,西湖管理区管委会副主任、区副总河长徐翔开展巡河活动,督导我区河长制工作 。")
    bodies = body_names(doc)
    assert "西湖管理区管委会" in bodies and "区管委会" not in bodies, bodies
    assert ("徐翔", "西湖管理区管委会") in post_pairs(doc), post_pairs(doc)


def test_party_committee_department_written_bare_after_it():
    """民盟新疆区委会 (posts37): 民盟新疆区委会选派参政议政部负责人曾维杰 — the department is the party
    committee's the clause names, not a body 参政议政部 of its own."""
    doc = extract_text(
        "民盟新疆区委会选派第一书记\n"
        "2022年8月8日,民盟新疆区委会选派参政议政部负责人曾维杰同志深入喀什地区莎车县恰尔巴格乡米苇果勒村担任村第一书记。")
    assert ("曾维杰", "民盟新疆区委会参政议政部") in post_pairs(doc), post_pairs(doc)
    assert "参政议政部" not in body_names(doc), body_names(doc)


def test_office_short_name_before_its_unit_is_the_office_named_before():
    """中国政府网 caption (national37, traditional script): 國務院新聞辦舉行新聞發佈會…圖為新聞辦新聞局局長
    郭衛民 — 新闻办 is the State Council Information Office named before; its 新闻局."""
    doc = extract_text(
        "國務院新聞辦舉行2011年度工作新聞發佈會\n"
        "2012年1月18日,國務院新聞辦舉行新聞發佈會,國務院新聞辦公室主任王晨介紹2011年度國務院新聞辦公室各項工作進展"
        "情況,並答記者問。圖為新聞辦新聞局局長郭衛民主持發佈會。中國政府網 陳競超 攝")
    assert ("郭卫民", "国务院新闻办公室新闻局") in post_pairs(doc), post_pairs(doc)
    assert "新闻办新闻局" not in body_names(doc) and "新闻办" not in body_names(doc), body_names(doc)


def test_peoples_organisation_leads_the_articles_programmes():
    """漳平市供销社 (福建): the title's 供销社 runs “供销农场” as an agency would; 云梦县科协 (湖北): a
    programme of the city's and district's document (传达学习…市、区关于携手开展“五个一”行动的实施方案)
    is not the article's body's."""
    doc = extract_text(
        "漳平市供销社持续推进“供销农场”推广工作\n"
        "为进一步拓展“供销农场”粮食生产全托管服务模式,6月9日,市供销社主要领导带队,深入双洋、新桥镇现场推动"
        "“供销农场”落实工作。")
    assert ("漳平市供销合作社", "供销农场") in relation_pairs(doc, "runs"), relation_pairs(doc, "runs")
    other = extract_text(
        "孝感市云梦县召开“群团携手进驿站 服务群众到一线” 工作联席会\n"
        "为进一步整合群团组织资源,12月19日,云梦县科协联合县总工会、团委、妇联、残联等群团组织,召开“群团携手进驿站 "
        "服务群众到一线”联席会议,协商研究全县群团携手进驿站服务工作。\n"
        "会议传达学习了省群团组织联合开展“群团携手进驿站 服务群众到一线”系列关爱服务活动要求及市、区关于携手开展"
        "“五个一”行动的实施方案相关文件精神。")
    assert ("云梦县科协", "五个一") not in relation_pairs(other, "runs"), relation_pairs(other, "runs")


def test_national_strategy_not_run_by_the_reporting_agency():
    """国新办 2016年上半年 (national37): 国家统计局新闻发言人盛来运…要坚决贯彻落实党中央、国务院各项
    决策部署,…坚定不移推进供给侧结构性改革 — the central bodies' strategy, not the statistics bureau's."""
    doc = extract_text(
        "国家统计局:上半年国民经济稳中有好\n"
        "7月15日,国家统计局新闻发言人盛来运在国新办举行的2016年上半年国民经济运行情况新闻发布会上表示,今年以来,"
        "国民经济保持了稳中有好的发展态势。\n"
        "下一步,要坚决贯彻落实党中央、国务院各项决策部署,坚持稳中求进工作总基调,适度扩大总需求,坚定不移推进"
        "供给侧结构性改革,培育新的经济结构,强化新的发展动能,促进国民经济持续健康发展。")
    assert ("国家统计局", "供给侧结构性改革") not in relation_pairs(doc, "runs"), relation_pairs(doc, "runs")


def test_party_committee_written_short_after_its_post_is_one_body():
    """民进贵阳市委会 (人民政协网): 民进贵阳市政协副主席、市委会主委杜正军 — the party's committee, an
    organisation found by its full name, is one body whatever the post's reading types it."""
    doc = extract_text(
        "民进贵阳市委会赴中山市交流参政议政工作\n"
        "近日,民进贵阳市政协副主席、市委会主委杜正军率领的调研团来中山市开展参政议政交流。民进贵阳市委会副主委张建福、"
        "秘书长孟金玲及其基层支部负责人参加了会议。")
    kinds = {e.type for e in doc.entities.values() if e.name == "民进贵阳市委会"}
    assert kinds == {"Organization"}, kinds
    assert ("杜正军", "民进贵阳市委会") in post_pairs(doc), post_pairs(doc)


def test_credit_words_after_a_closing_signature_are_no_name():
    """荔湾区侨联 (中国侨网): (广州市荔湾区侨联 文图) — text and pictures sent by the body, no person 文图."""
    doc = extract_text(
        "荔湾区侨联启动“回家工程”\n"
        "据悉,为顺应侨情变化,荔湾区侨联近日启动了“回家工程”,广泛联系荔湾籍侨领,搭建西关侨友微信群。"
        "(广州市荔湾区侨联 文图)")
    assert "文图" not in body_names(doc, "Person"), body_names(doc, "Person")


def test_peoples_organisations_listed_after_one_with_its_scope():
    """云梦县科协 (湖北省科协): 云梦县科协联合县总工会、团委、妇联、残联等群团组织 — the organisations listed
    bare after 县总工会 are the county's too."""
    doc = extract_text(
        "孝感市云梦县召开工作联席会\n"
        "12月19日,云梦县科协联合县总工会、团委、妇联、残联等群团组织,召开“群团携手进驿站 服务群众到一线”联席会议。")
    bodies = body_names(doc)
    assert {"云梦县总工会", "云梦县妇联", "云梦县残联"} <= bodies, bodies
    assert ("云梦县科协", "云梦县妇联") in relation_pairs(doc, "cooperatesWith"), relation_pairs(doc, "cooperatesWith")


def test_elected_as_head_of_a_body_is_no_support_for_it():
    """集美区 (厦门日报, traditional script): 集美區政協副主席陳友誼當選為集美區新一屆僑聯主席 — 为 of an
    election opens the post's body; the district committee named before supports no 侨联."""
    doc = extract_text(
        "集美區歸僑僑眷代表大會舉行\n"
        "此次會議圓滿完成換屆任務。集美區委常委、統戰部部長范啟德被推選為新一屆集美區海聯會會長;集美區政協副主席"
        "陳友誼當選為集美區新一屆僑聯主席。")
    assert not relation_pairs(doc, "supports"), relation_pairs(doc, "supports")
    assert ("陈友谊", "集美区侨联") in post_pairs(doc), post_pairs(doc)


def test_organisation_unit_named_after_it_is_part_of_it():
    """中国开发区协会 (丹东, traditional script): 中國開發區協會邊境經濟合作區分會成立 — the branch named
    after the association is its unit."""
    doc = extract_text(
        "中國開發區協會邊境經濟合作區分會成立\n"
        "9月27日,中國開發區協會邊境經濟合作區分會成立大會暨第一次理事會議在丹東市召開。中國開發區協會會長師榮耀、"
        "副秘書長張克勤出席了會議。")
    assert ("中国开发区协会边境经济合作区分会", "中国开发区协会") in relation_pairs(doc, "subOrganizationOf"), \
        relation_pairs(doc, "subOrganizationOf")


def test_province_and_trade_name_open_a_company_not_a_town():
    """张店区 (中国机械工业企业管理协会): 考察了山铝恒成机械厂、山东万丰煤化工设备制造有限公司 — 山东 and the
    trade name 万丰 open the company's name; no town 万丰镇, and the company keeps its whole name."""
    doc = extract_text(
        "中机企协与张店区人民政府签署战略合作框架协议\n"
        "随后,区领导与产业转移办的负责人陪同考察了山铝恒成机械厂、山东万丰煤化工设备制造有限公司、"
        "山东科汇电力自动化股份有限公司等9家企业。")
    assert "山东万丰煤化工设备制造有限公司" in body_names(doc), body_names(doc)
    assert "万丰镇" not in body_names(doc, "Place"), body_names(doc, "Place")
