"""Round 114 (zhaopin114): public recruitment notices of public institutions (事业单位公开招聘工作人员公告,
简章) — county notices from 灌云县 (Jiangsu), 秭归县 (Hubei), 石台县 (Anhui), 长兴县 (Zhejiang), 衡阳县 (Hunan, a
job site's page in traditional script), 海安市 (Jiangsu), 长治市's city-level notice (Shanxi) and 内蒙古's
regional 简章 (fresh texts of /tmp/s27/txt/zhaopin114).  Fixes: an amount whose unit is followed by a verb
of going and a place or a body (报名费100元到县人力资源和社会保障局…报名) names no noun after it, the words
before it do (报名费, was 到县人力资源); a few photos an applicant must bring or hand in (报名时须交…彩照2张,
报名时请携带…登记照片2张) no figure; a notice's title over a job site's fields whose colons were lost
(发布单位衡阳县卫健系统 ⏎ 工作地点湖南) still its title; 简章 a document head (a title set over two lines,
…(含部门所属) ⏎ 事业单位公开招聘工作人员简章); a first line ending in a comma a broken sentence, no title."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_fee_taken_to_a_bureau_is_named_before_it():
    """02-zigui-xian: 近期彩色免冠1寸登记照片2张和报名费100元到县人力资源和社会保障局二楼招聘大厅报名; base: the
    indicator 到县人力资源 (the words after the unit)."""
    doc = extract_text("秭归县公开招聘事业单位工作人员公告\n报名时请携带本人毕业证、有效身份证原件和复印件各一份，"
                       "近期彩色免冠1寸登记照片2张和报名费100元到县人力资源和社会保障局二楼招聘大厅报名。")
    got = _metrics(doc)
    assert ("报名费", 100, "元") in got, got
    assert not any(i.startswith("到") for i, _v, _u in got), got


def test_going_after_an_amount_keeps_what_is_counted_elsewhere():
    """Guard: a trip after a count of firms keeps the firms counted (eastwest62: 组织86家企业赴贵州考察)."""
    doc = extract_text("某县新闻\n今年以来，共组织86家企业赴贵州考察。")
    assert any(v == 86 and "企业" in i for i, v, _u in _metrics(doc)), _metrics(doc)


def test_photos_an_applicant_hands_in_are_no_figure():
    """01-guanyun-xian: 报名时须交近期免冠同底2寸彩照2张; 02-zigui-xian: 报名时请携带…近期彩色免冠1寸登记照片2张;
    base: figures 彩照 2张 and 登记照片 2张 of the county."""
    doc = extract_text("灌云县公开招聘事业单位工作人员公告\n4.报名时须交近期免冠同底2寸彩照2张。应届毕业生应提供毕业证书、身份证。")
    assert not any(u == "张" for _i, _v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("秭归县公开招聘事业单位工作人员公告\n报名时请携带本人毕业证原件和复印件各一份，近期彩色免冠1寸登记照片2张到招聘大厅报名。")
    assert not any(u == "张" for _i, _v, u in _metrics(doc)), _metrics(doc)


def test_a_collection_of_photos_stays_a_figure():
    """Guard: a collection (征集老照片300余张) is no application's material, even with 提供 near it."""
    doc = extract_text("某县档案馆开展档案征集活动\n活动期间，市民积极报名参与，共征集老照片300余张、实物档案50余件。")
    assert any(v == 300 and u == "张" for _i, v, u in _metrics(doc)), _metrics(doc)


def test_a_notice_title_over_a_job_sites_fields():
    """08-hengyang-weijian: 衡陽縣2025年衛健系統公開招聘專業技術人員公告 ⏎ 發布單位衡陽縣衛健系統 ⏎ 工作地點湖南 ⏎ 為加強…;
    base: no title (the short lines under it read as a list's)."""
    doc = extract_text("衡阳县2025年卫健系统公开招聘专业技术人员公告\n发布单位衡阳县卫健系统\n工作地点湖南\n"
                       "为加强我县医疗卫生专业技术人才队伍建设，决定面向社会公开招聘48名专业技术人员，现将有关事项公告如下。\n一、招聘原则\n")
    assert doc.articles[0].title == "衡阳县2025年卫健系统公开招聘专业技术人员公告", doc.articles[0].title


def test_a_short_line_list_under_a_notice_title_is_no_field():
    """Guard: a line ending in a document head over another notice's title is no title over a site's
    fields (a line ending in a document head is none): the two are read as one title set over two lines,
    as before."""
    doc = extract_text("关于2024年公开招聘工作人员的公告\n关于调整考试时间的通知\n"
                       "为加强人才队伍建设，决定面向社会公开招聘工作人员，现将有关事项公告如下。\n")
    assert doc.articles[0].title == "关于2024年公开招聘工作人员的公告关于调整考试时间的通知", doc.articles[0].title


def test_a_jianzhang_title_set_over_two_lines():
    """07-neimenggu-zizhiqu: 2010年自治区政府直属(含部门所属) ⏎ 事业单位公开招聘工作人员简章 ⏎ 根据…; base: no title
    (简章 no document head)."""
    doc = extract_text("2010年自治区政府直属(含部门所属)\n事业单位公开招聘工作人员简章\n"
                       "根据《事业单位公开招聘人员暂行规定》文件精神，2010年自治区政府直属事业单位面向普通高等学校毕业生进行公开招聘工作。现将有关事宜公布如下：\n")
    assert doc.articles[0].title == "2010年自治区政府直属(含部门所属)事业单位公开招聘工作人员简章", doc.articles[0].title


def test_a_first_line_ending_in_a_comma_is_no_title():
    """06-haian-rongmeiti: 为进一步优化事业单位人员队伍结构,…根据《江苏省事业单位公开招聘人员办法》(苏办发〔2020〕9号)的规定,
    ⏎ 海安市融媒体中心…面向社会公开招聘10名工作人员。; base: the broken sentence read as the title."""
    doc = extract_text("为进一步优化事业单位人员队伍结构,提升公共服务水平,根据《江苏省事业单位公开招聘人员办法》(苏办发〔2020〕9号)的规定,\n"
                       "海安市融媒体中心、文化艺术中心、信访接待中心面向社会公开招聘10名工作人员。现将有关事项公告如下:\n一、报考条件\n")
    assert doc.articles[0].title is None, doc.articles[0].title
    assert ("工作人员", 10, "名") in _metrics(doc), _metrics(doc)


def test_a_headline_over_prose_stays_a_title():
    """Guard: a plain headline (no comma at its end) over prose keeps its title."""
    doc = extract_text("海安市融媒体中心公开招聘10名工作人员\n为进一步优化事业单位人员队伍结构，海安市融媒体中心面向社会公开招聘10名工作人员。\n")
    assert doc.articles[0].title == "海安市融媒体中心公开招聘10名工作人员", doc.articles[0].title
