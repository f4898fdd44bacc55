"""The lead's review (round 119): a name before an official's act, a government's office named two ways.

From sentence shapes the helpers' notes of rounds 117 and 118 left open (civil air defence, supply
co-operatives, lotteries); base = 7f000358.
- posts: an official's public act right after the name (副市长杨斌发出倡议, 市长李强发布命令, 发表讲话, 签发, 宣读:
  `appointment_verbs.tsv`, kind act) ends it; where that verb's first character could be the given name's last and
  another word that follows names starts one character on (陈建发出席, 王建发表示), the name takes the character
  (`NameFinder._past_follower`). Base: no person 杨斌 (jieba's dictionary holds the full name, the text did not end it).
- short forms: an office of a government named with 人民政府 between its place and its own name and then without it
  (宜昌市人民政府国防动员办公室 … 宜昌市国防动员办公室主任) is one body (`short_forms.link_government_infix`). Base: two
  agencies, the post held in the short one.
- department stems of the 2019 reform (`department_stems.tsv`): the coastal cities' marine bureaus (青岛市海洋发展局,
  烟台市海洋发展和渔业局), 园林绿化局, and the comprehensive law-enforcement detachments named by their field (市生态环境保护
  综合行政执法支队, 县文化市场综合行政执法大队). Base: no agency.
- facilities named after the township they serve (`facility_suffixes.tsv`: 镇综合文化站, 镇综治中心, 社会治安综合治理中心,
  网格化服务管理中心) and a province's 血液中心 (`public_institutions.tsv`). Base: none.
- numbers: a quality made by 化 or 性 (标准化, 规范化, 全国性) or a grade written 高 + noun (高标准) closed by 的 after a
  count describes the things counted (建成5个标准化的检查站 → 检查站; `numbers.descriptive_suffixes`). Base: 标准化 counted.
"""
from conftest import body_names, counted_nouns, extract_text, held_posts, post_triples


def test_an_officials_act_after_the_name_ends_it():
    doc = extract_text("4月2日，宜昌市委常委、副市长杨斌发出倡议，号召全市人民积极参与。")
    assert ("杨斌", "宜昌市委", "常委") in post_triples(doc), held_posts(doc)
    doc = extract_text("市长李强发布命令，全市进入防汛应急状态。")
    assert {p[0] for p in held_posts(doc)} == {"李强"}, held_posts(doc)


def test_a_given_name_ending_in_the_acts_first_character_keeps_it():
    """发出席, 发表示: 出席 and 表示 follow names too; the name is 陈建发, 王建发 (guards: pass on the base)."""
    doc = extract_text("副县长陈建发出席会议并讲话。")
    assert {p[0] for p in held_posts(doc)} == {"陈建发"}, held_posts(doc)
    doc = extract_text("县长王建发表示，要抓好春耕生产。")
    assert {p[0] for p in held_posts(doc)} == {"王建发"}, held_posts(doc)
    doc = extract_text("王强曾担任县委书记。")
    assert {p[0] for p in held_posts(doc)} == {"王强"}, held_posts(doc)


def test_a_governments_office_written_without_the_government_is_one_body():
    doc = extract_text("宜昌市人民政府国防动员办公室召开会议。宜昌市国防动员办公室主任张三出席。")
    assert body_names(doc, "Agency") == {"宜昌市人民政府国防动员办公室"}, body_names(doc, "Agency")
    assert ("张三", "宜昌市人民政府国防动员办公室", "主任") in post_triples(doc), held_posts(doc)
    doc = extract_text("市外事办公室主任王芳介绍情况。会后，宜昌市人民政府外事办公室印发通知。")
    assert body_names(doc, "Agency") == {"宜昌市人民政府外事办公室"}, body_names(doc, "Agency")


def test_the_governments_general_office_and_a_department_without_the_infix_stay_apart():
    """Guards (pass on the base): only a short name that is the full one minus 人民政府 joins it."""
    doc = extract_text("魏县人民政府办公室印发通知。魏县教育局要求各校落实。")
    assert body_names(doc, "Agency") == {"魏县人民政府办公室", "魏县教育局"}, body_names(doc, "Agency")
    doc = extract_text("烟台市政府采购管理办公室发布公告。")
    assert "烟台市政府采购管理办公室" in body_names(doc, "Agency"), body_names(doc, "Agency")


def test_departments_of_the_2019_reform_are_agencies():
    for name in ("青岛市海洋发展局", "烟台市海洋发展和渔业局", "北京市园林绿化局", "日照市生态环境保护综合行政执法支队",
                 "桃源县文化市场综合行政执法大队"):
        doc = extract_text(name + "发布通知，部署下一阶段工作。")
        assert name in body_names(doc, "Agency"), (name, body_names(doc))


def test_township_facilities_and_a_blood_centre_are_named():
    doc = extract_text("魏县王店镇综合文化站开展送戏下乡活动。")
    assert "王店镇综合文化站" in body_names(doc), body_names(doc)
    doc = extract_text("魏县王店镇综治中心召开调解工作会议。")
    assert "王店镇综治中心" in body_names(doc), body_names(doc)
    doc = extract_text("上海市血液中心发布倡议，呼吁市民参与无偿献血。")
    assert "上海市血液中心" in body_names(doc), body_names(doc)


def test_a_quality_before_de_describes_the_things_counted():
    assert counted_nouns("2023年，全县建成5个标准化的检查站。") == ["检查站"]
    assert counted_nouns("全市新建3个高标准的农贸市场。") == ["农贸市场"]
    assert counted_nouns("建成12个规范化的村卫生室。") == ["村卫生室"]


def test_a_noun_before_de_that_is_no_quality_stays():
    """Guards (pass on the base): 文化 (two characters) is no quality made by 化; a place's 的 keeps its reading."""
    assert counted_nouns("全县有3个文化的传承基地。") == ["文化"]
