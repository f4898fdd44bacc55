"""places35: places and the article's place in township, delegation and regional news (fresh texts of
广西, 湖南, 贵州, 四川 and a Shandong county's trip to Beijing; excerpts as published)."""
from __future__ import annotations

from conftest import article_place, body_names, extract_text, post_pairs, relation_pairs


def test_an_autonomous_regions_short_name_before_its_committee_is_the_region():
    """九三学社广西区委: 区 is 自治区 written short before the region's committee; the short name 广西
    is the region, not 广 and a district 西区 (a 西区委 of 攀枝花's district placed in 西区)."""
    doc = extract_text("1月25日，九三学社广西区委副主委葛春启率队赴隆安县四兴村开展2022年乡村振兴工作调研。"
                       "九三学社广西区委秘书长黄忠官等5人参加调研。")
    names = body_names(doc)
    assert "九三学社广西区委" in names, names
    assert not any(n.startswith("西区") for n in names), names
    assert "广西壮族自治区" in body_names(doc, "Place")
    assert ("黄忠官", "九三学社广西区委") in post_pairs(doc), post_pairs(doc)
    assert ("隆安县", "广西壮族自治区") in relation_pairs(doc, "partOf")


def test_a_regions_committee_written_with_qu_is_its_party_committee():
    """广西区委 alone is the region's 党委 (广西壮族自治区党委), the name its full form takes."""
    doc = extract_text("广西区委副书记张某出席会议。")
    assert "广西壮族自治区党委" in body_names(doc, "Agency"), body_names(doc)


def test_a_north_gate_is_no_peking_university():
    """海联村是进入江华的“北大门”: the village is the county's north gate (北|大门), no 北大 (Peking
    University) named inside the word."""
    doc = extract_text("海联村是沿高速公路进入江华的“北大门”，是江华高新区的“园中园”。")
    assert "北京大学" not in body_names(doc), body_names(doc)


def test_a_bare_county_delegation_to_a_district_speaking_as_wo_xian_is_the_county_story():
    """县委书记…率县党政考察团到北京市通州区考察 (then 介绍了我县经济社会发展): the county's own paper
    (我县, a 县 — never the 区 gone to) tells its trip; the story is 庆云's, its bare 县委 is 庆云县委."""
    text = ("1月16日至17日，县委书记、县人大常委会主任侯有喜，县委副书记、县长许健率县党政考察团到北京市通州区考察。\n"
            "1月16日，县党政考察团和通州区四大班子领导同志进行了座谈，侯有喜介绍了我县经济社会发展和与通州产业园区"
            "合作情况，通州区委副书记、区长岳鹏介绍了通州区经济社会发展情况。双方一致表示，全力推动庆云通州产业园发展。")
    assert article_place(text) == "庆云县"
    posts = post_pairs(extract_text(text))
    assert ("侯有喜", "庆云县委") in posts, posts
    assert ("岳鹏", "通州区委") in posts, posts


def test_a_department_listed_after_a_prefecture_committees_department_is_that_committees():
    """黔西南州委常委，州委组织部、统战部部长穆嵘坤: 统战部 shares 部长 with 州委组织部 before it; it is
    黔西南州委统战部, not the dateline city's (贵阳市委统战部)."""
    doc = extract_text("中国台湾网7月31日贵阳消息 日前，参访团一行前往贵州黔西南州等地考察。在黔西南考察期间，"
                       "黔西南州委常委，州委组织部、统战部部长穆嵘坤 、副州长范华会见并宴请了参访团一行。")
    posts = post_pairs(doc)
    assert ("穆嵘坤", "黔西南布依族苗族自治州委统战部") in posts, posts
    assert not any("贵阳" in body for _, body in posts), posts


def test_a_delegation_led_by_its_own_secretary_is_no_body_and_its_post_is_its_places():
    """甘孜州考察团由州委书记沈阳带队; 广元市党政代表团由市委书记、市长邹自景带队: 由 after the group opens
    who leads it (no body 广元市党政代表团由市委), and the bare 州委/市委 is the group's place's, not
    the Zhejiang article's city."""
    text = ("5月23日，广元市苍溪县党政代表团在杭州市余杭区考察。四川来的这些党政代表团绝大部分由当地市委书记、"
            "县委书记带队。像甘孜州考察团由州委书记沈阳带队；广元市党政代表团由市委书记、市长邹自景带队；"
            "凉山州党政代表团则由州委书记段毅君带队。")
    doc = extract_text(text)
    names = body_names(doc)
    assert not any("由" in n for n in names), names
    posts = post_pairs(doc)
    assert ("沈阳", "甘孜藏族自治州委") in posts, posts
    assert ("邹自景", "广元市委") in posts, posts
    assert ("段毅君", "凉山彝族自治州委") in posts, posts


def test_a_sar_delegations_list_is_no_bureau():
    """随团的香港特区政府代表包括财政司司长陈茂波: the delegates include the Financial Secretary; no
    bureau 代表包括财政司 of the government is read through the list's verb."""
    doc = extract_text("随团的香港特区政府代表包括财政司司长陈茂波、运输及物流局局长陈美宝和行政长官办公室主任叶文娟。")
    names = body_names(doc)
    assert not any("包括" in n for n in names), names
    assert "香港特别行政区政府" in names, names


def test_our_embassy_after_a_japanese_body_is_chinas():
    """…日本自治体国际化协会理事长冈本保、城西大学前理事长水田宗子和我驻日本使馆临时代办刘少宾: 我驻 is
    China's voice; the Japanese body named before in the sentence does not make it Japan's embassy."""
    doc = extract_text("在东京期间，代表团分别拜会了日中友好会馆会长江田五月、日本自治体国际化协会理事长冈本保、"
                       "城西大学前理事长水田宗子和我驻日本使馆临时代办刘少宾。")
    assert ("刘少宾", "中国驻日本使馆") in post_pairs(doc), post_pairs(doc)
    assert "日本使馆" not in body_names(doc), body_names(doc)
