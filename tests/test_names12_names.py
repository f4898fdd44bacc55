"""Names left over by the first round (names12): a reservoir visited by an official (厅长赴…调研
太湖水库: the verb is no part of the reservoir's name), zone committees that keep the zone's name,
short autonomous-county names before an organ, and place words inside other words."""
from __future__ import annotations

from conftest import extract_text, held_posts, mentioned, names_doc as run, surfaces


def test_a_visit_verb_is_no_part_of_a_reservoirs_name():
    doc = run("省水利厅厅长赴寻乌县调研太湖水库建设情况，并前往长河水库察看。")
    orgs = mentioned(doc, "Organization")
    assert {"太湖水库", "长河水库"} <= orgs
    assert not any("调研" in o or "厅长" in o or "前往" in o for o in orgs)
    assert "寻乌县" in mentioned(doc, "Place")


def test_a_zone_committee_keeps_the_zones_name():
    doc = run("平利县工业集中区管委会召开会议，县产业集聚区管委会负责人参加。")
    agencies = mentioned(doc, "Agency")
    assert "平利县工业集中区管委会" in agencies
    assert "平利县管委会" not in agencies  # 区 of 集中区 is the zone's, not a relative district


def test_an_autonomous_county_written_short_before_an_organ():
    doc = run("彭水自治县工商联组织企业家座谈，石柱自治县妇联开展活动，彭水县教育局发布通知。")
    orgs = mentioned(doc, "Organization")
    assert {"彭水苗族土家族自治县工商联", "石柱土家族自治县妇联"} <= orgs
    assert "县工商联" not in orgs
    assert "彭水苗族土家族自治县教育局" in mentioned(doc, "Agency")


def test_an_autonomous_county_written_with_xian_only():
    doc = run("近日，镇沅县召开脱贫攻坚成果巩固推进会。")
    assert "镇沅彝族哈尼族拉祜族自治县" in mentioned(doc, "Place")


def test_shanhai_of_shanhai_xiezuo_is_no_place():
    doc = run("龙泉市与萧山区深化山海协作，共建山海协作产业园。秦皇岛山海关景区游客增多。")
    places = mentioned(doc, "Place")
    assert "山海" not in places and "山海" not in surfaces(doc, "Place")
    assert {"龙泉市", "萧山区"} <= places
    assert "山海关区" in places


def test_a_groups_numbered_subsidiary_is_one_name():
    doc = run("该项目由五矿二十三冶建设集团第四工程有限公司承建，中铁十六局集团第一工程有限公司参建。")
    orgs = mentioned(doc, "Organization")
    assert {"五矿二十三冶建设集团第四工程有限公司", "中铁十六局集团第一工程有限公司"} <= orgs
    assert "第四工程有限公司" not in orgs and "第一工程有限公司" not in orgs


def test_a_groups_first_quarter_is_no_subsidiary():
    doc = run("河北建投集团第一季度营收增长。")
    assert "河北建投集团" in mentioned(doc, "Organization")


def test_a_bare_fagaiwei_in_a_county_story_is_the_countys():
    doc = run("平利县召开重点项目推进会。发改委、住建局负责人汇报了项目进展情况。")
    agencies = mentioned(doc, "Agency")
    assert "平利县发展和改革委员会" in agencies
    assert "国家发展和改革委员会" not in agencies


def test_a_bare_fagaiwei_after_the_national_form_stays_national():
    doc = run("国家发展改革委召开新闻发布会。发改委有关负责人介绍，将加快推进重大项目建设。")
    assert "国家发展和改革委员会" in mentioned(doc, "Agency")
    assert not any(a.endswith("发展和改革委员会") and a != "国家发展和改革委员会" for a in mentioned(doc, "Agency"))


def test_a_town_now_a_jiedao_is_found_by_its_old_name():
    doc = run("中山市民众镇举办农民丰收节活动，民众镇党委书记出席。")
    assert "民众街道" in mentioned(doc, "Place")
    assert "民众镇" in surfaces(doc, "Place")


def test_towns_of_a_city_without_counties_are_its_townships():
    doc = run("东莞市召开乡村振兴推进会，虎门镇、长安镇作交流发言。")
    assert {"虎门镇", "长安镇"} <= mentioned(doc, "Place")


def test_a_county_media_centre_is_an_organization():
    doc = run("此次活动由富顺县委宣传部主办，县融媒体中心承办。")
    assert "富顺县融媒体中心" in mentioned(doc, "Organization")
    assert "富顺县融媒体中心" not in mentioned(doc, "Agency")
    assert "富顺县委宣传部" in mentioned(doc, "Agency")


def test_a_groups_name_without_jituan_is_the_group():
    doc = run("河北建投集团与河北工程大学签署合作协议。校长感谢河北建投给予学校的支持，"
              "河北建投将设立奖学金。河北建投新能源有限公司负责运营。")
    orgs = mentioned(doc, "Organization")
    assert "河北建投集团" in orgs
    assert "河北建投" in surfaces(doc, "Organization")
    assert "河北建投新能源有限公司" in orgs


def test_a_bare_fagaiwei_listed_with_national_organs_stays_national():
    doc = run("吉林省工业和信息化厅关于开展示范基地申报工作的通知。我厅会同省发展改革委审查论证后，"
              "联合向国家工业和信息化部、发展改革委和科技部报送材料。")
    agencies = mentioned(doc, "Agency")
    assert "国家发展和改革委员会" in agencies
    assert "吉林省发展和改革委员会" in agencies  # 省发展改革委: the province's


def test_a_bare_fagaiwei_after_a_listed_post_is_that_bodys_places():
    doc = run("市政协副主席、发改委主任程新华带领观摩团到西华县观摩产业集聚区建设情况。"
              "西华县县长介绍了全县重点项目进展。")
    agencies = mentioned(doc, "Agency")
    assert "周口市发展和改革委员会" in agencies
    assert "西华县发展和改革委员会" not in agencies and "国家发展和改革委员会" not in agencies


def test_daidui_before_a_post_is_no_part_of_the_team():
    doc = extract_text("巡察工作动员部署会议召开\n会议由兰山区纪委常务副书记、兰山区委巡察组带队负责人陈胜年同志传达会议精神。")
    bodies = {body for _, body, _, _ in held_posts(doc)}
    assert "兰山区委巡察组" in bodies
    assert not any(b.endswith("带队") for b in bodies)
    assert not any(e.name.endswith("带队") for e in doc.entities.values())


def test_a_reservoir_named_right_after_its_county():
    doc = run("检查组先后检查了汉寿县高家坝水库除险加固工程。全县小二型水库32座。")
    orgs = mentioned(doc, "Organization")
    assert "高家坝水库" in orgs
    assert not any(o.endswith("型水库") for o in orgs)


def test_a_common_noun_after_a_county_names_no_reservoir():
    doc = run("汉寿县境内水库全部达到安全度汛要求，汉寿县小二型水库均已排查。")
    assert not mentioned(doc, "Organization")
