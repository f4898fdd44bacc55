"""Round 54 (leader54): leaders' inspection tours from fresh texts of /tmp/s26/fresh/leader54 (蚌埠,
安顺西秀, 广德, 邢台, 津市): the visitor's name before 以“…”方式 and before 同志, no distant place read
from an estate's or a brand's name (凤凰城西区, 泰山石膏项目), no figure from a company's brand
(一万纺织) or from a project's capacity before its site (…40万吨精细高岭土项目现场), and the
enterprises of a list closed by 等重点企业 whose trade is salt or electro-chemistry."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_name_ends_before_the_preposition_of_the_way_he_inspects():
    """蚌埠新闻网: 市长马军以“四不两直”方式暗访督导安全生产工作 (base: a person 马军以, holding the post)."""
    doc = extract_text("马军暗访督导安全生产工作\n"
                       "5月16日下午,市长马军以“四不两直”方式暗访督导安全生产工作。市政府秘书长刘宗文参加。")
    assert "马军" in _people(doc) and "马军以" not in _people(doc), _people(doc)
    assert any(p == "马军" for p, _ in relation_pairs(doc, "holdsPost"))


def test_a_name_closed_by_comrade_keeps_its_last_character():
    """安顺 西秀区: 区委副书记、区人民政府区长陈天一同志等全程陪同 (base: a person 陈天, 一同 read as together)."""
    doc = extract_text("市督导督查组赴西秀区开展重大项目督导督查\n"
                       "市人大常委会主任赵贡桥同志带领市督导督查组赴西秀区开展重大项目督导督查工作,"
                       "区委副书记、区人民政府区长陈天一同志等全程陪同。")
    assert "陈天一" in _people(doc) and "陈天" not in _people(doc), _people(doc)


def test_an_estate_s_west_part_is_no_distant_district():
    """蚌埠: 在淮上区,马军来到凤凰城西区和稚禾托管中心 (base: 湘西's 凤凰县 and 西宁's 城西区 630104)."""
    doc = extract_text("马军暗访督导安全生产工作\n安徽省蚌埠市市长马军暗访督导安全生产工作。"
                       "在淮上区,马军来到凤凰城西区和稚禾托管中心,实地察看消防安全情况。")
    places = _places(doc)
    assert "凤凰县" not in places and "城西区" not in places, places
    assert places.get("淮上区") == "340311"
    xining = extract_text("会议召开\n青海省西宁市城西区召开会议。")
    assert _places(xining).get("城西区") == "630104"  # its own city named: the district


def test_a_brand_named_after_mount_tai_is_no_district_of_taian():
    """邢台日报: 温建军一行深入到田森汇商业综合体项目、泰山石膏项目…现场 (base: 泰安's 泰山区 the story's place,
    the city's 市委 and 市政协 read as 泰安's)."""
    doc = extract_text("温建军深入项目现场调研服务\n"
                       "4月12日下午,市委常委、副市长温建军一行深入到田森汇商业综合体项目、泰山石膏项目、"
                       "禹王焦化改扩建项目现场等地进行调研服务。市政协副主席吴瑞峰一同调研。\n"
                       "在泰山石膏项目、禹王焦化改扩建项目现场,温建军走进车间和一线工人面对面交谈。")
    places = _places(doc)
    assert "泰山区" not in places and "泰安市" not in places, places
    assert not any(e.name.startswith("泰安") for e in doc.entities.values())


def test_no_figure_from_a_company_brand_or_a_project_capacity_before_its_site():
    """广德: 嵇文一行先后来到一万纺织、新三联电子…等企业走访 (base: a figure 10000 of 纺织); 邢台: 金宇科林40万吨
    精细高岭土项目现场 (base: 400000 吨 of 田森汇商业综合体)."""
    doc = extract_text("嵇文现场调度工业企业复工复产\n"
                       "嵇文一行先后来到一万纺织、新三联电子、东威科技、广信农化、力鑫特钢、永茂泰等企业走访。")
    assert "一万纺织" in {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert not doc.metrics, [(m.value, m.indicator) for m in doc.metrics]
    site = extract_text("温建军深入项目现场调研服务\n"
                        "副市长温建军一行深入到田森汇商业综合体项目、金宇科林40万吨精细高岭土项目现场等地进行调研服务。")
    assert not site.metrics, [(m.value, m.indicator) for m in site.metrics]


def test_salt_and_electro_chemical_works_listed_before_key_enterprises():
    """红网津市站: 津市市委书记王学武一行走访湘澧盐化、天盛电化、中联重科等重点企业 (base: no company)."""
    doc = extract_text("津市市委书记王学武走访企业调研工业发展\n"
                       "3月9日下午,津市市委书记王学武一行走访湘澧盐化、天盛电化、中联重科等重点企业,调研津市工业发展情况。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert {"湘澧盐化", "天盛电化", "中联重科"} <= orgs, orgs


def test_an_ancient_tomb_called_by_its_place_is_no_place():
    """罗山县 莽张镇: 村支部书记介绍了国保天湖古墓、乡村振兴示范村项目建设情况 (base: a place 天湖 beside 天湖村)."""
    doc = extract_text("周书记到莽张镇实地调研\n"
                       "在莽张镇天湖村,村支部书记介绍了国保天湖古墓、乡村振兴示范村项目建设情况。")
    places = _places(doc)
    assert "天湖村" in places and "天湖" not in places, places
