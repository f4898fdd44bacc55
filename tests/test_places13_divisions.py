"""Places on unseen local news (places13): a town named by its name from before the township was
raised (盐津县庙坝乡, the table's 庙坝镇), and a district's name written right after a city it
does not belong to (绍兴滨海新区: Shaoxing's zone, not Tianjin's district 滨海新区)."""
from __future__ import annotations

from conftest import names_doc as run


def places(doc):
    return {(m.surface, m.norm, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}


def test_a_township_written_by_its_old_name_is_the_town_it_became():
    doc = run("8月12日下午，盐津县庙坝乡突发特大山体滑坡，秦州区大门乡也有房屋受损。")
    got = places(doc)
    assert ("庙坝乡", "庙坝镇", "530623105") in got
    assert ("大门乡", "大门镇", "620502113") in got


def test_the_old_name_is_not_read_into_the_countryside():
    doc = run("盐津县加快推进庙坝乡村振兴示范片建设。")
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "庙坝乡"]


def test_a_district_name_after_another_city_is_that_citys_zone():
    doc = run("绍兴市召开专题会议，部署绍兴滨海新区年度重点项目建设。")
    got = places(doc)
    assert ("绍兴滨海新区", "绍兴滨海新区", None) in got
    assert not [m for m in doc.mentions if m.attrs.get("code") == "120116"]  # Tianjin's 滨海新区


def test_a_district_after_its_own_city_keeps_its_code():
    doc = run("天津滨海新区与长春朝阳区签订合作协议。")
    codes = {m.attrs.get("code") for m in doc.mentions if m.label == "Place"}
    assert {"120116", "220104"} <= codes


def test_a_name_shared_by_a_province_and_a_city_holds_the_provinces_counties():
    doc = run("吉林东丰县第三中学的教师即将退休。")  # 吉林: the province (东丰县 is in 辽源市), not 吉林市
    assert "220421" in {m.attrs.get("code") for m in doc.mentions if m.label == "Place"}


def test_a_county_by_its_name_before_it_became_a_district():
    doc = run("她是邢台县一个村农民的女儿，后来到户县学习农民画。")
    got = {(m.surface, m.attrs.get("code"), m.attrs.get("former")) for m in doc.mentions if m.label == "Place"}
    assert ("邢台县", "130503", "邢台县") in got and ("户县", "610118", "户县") in got


def test_a_post_taken_in_counties_is_no_former_county():
    doc = run("市长提名5位任县(市、区)党委书记的人选。")  # 任 is the verb: no 任县 (now 任泽区)
    assert not [m for m in doc.mentions if m.label == "Place" and m.surface == "任县"]


def test_a_state_level_new_area_after_its_city_is_no_district_of_another_city():
    doc = run("宁波市江北区代表团来到南京江北新区考察，随后前往青岛西海岸新区。")
    got = {(m.surface, m.attrs.get("code"), m.attrs.get("level")) for m in doc.mentions if m.label == "Place"}
    assert ("江北新区", None, "new-area") in got and ("西海岸新区", None, "new-area") in got
    assert [s for s, c, _ in got if c == "330205"] == ["江北区"]  # Ningbo's 江北区 only where written so


def test_a_direction_and_a_common_word_spell_no_district():
    text = "预计长江以南山区、太行山以西山区有大到暴雨。以南山区为例，深圳南山区也有降雨。"
    doc = run(text)
    starts = sorted(m.astart for m in doc.mentions if m.attrs.get("code") in ("440305", "530112"))
    assert starts == [text.index("以南山区为例") + 1, text.index("深圳南山区") + 2]  # not 长江以南山区, 太行山以西山区


def test_a_short_name_of_a_province_and_of_cities_is_the_province():
    doc = run("检查组将赴海南、辽宁两省检查海洋环境保护法的执行情况。")
    assert ("海南", "460000") in {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}
    doc = run("吉林东丰县第三中学的教师即将退休。")
    assert ("吉林", "220000") in {(m.surface, m.attrs.get("code")) for m in doc.mentions if m.label == "Place"}


def test_a_city_sharing_the_name_is_meant_where_its_province_is_named():
    doc = run("青海海南州共和县召开会议，海南牧区草场长势良好。")
    codes = {m.attrs.get("code") for m in doc.mentions if m.label == "Place" and m.surface == "海南"}
    assert codes == {"632500"}
