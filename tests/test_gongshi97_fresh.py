"""Round 97 (gongshi97): 任前公示 and 干部任免 notices — a city's 市管干部任前公示 (its resume lines: 姓名，性别，
出生年月，籍贯，学历，现任…，拟任…, a condition excepted: 基层工作经历不满2年), the 中组部's 拟表彰 list of county
secretaries (壮族 among them), a 市管干部任前公示 on a 副镇长候选人 born in 1997, two provinces' round-ups of their
省管干部任前公示 (counts of the cadres by cohort, 60后 and 70后, and by schooling), 人大常委会 sessions that
任命 bureau heads and 副市长 and accept resignations, and a 拟推荐对象 notice with its 公示期 and 举报电话, from
Guangdong (肇庆), Jiangsu (昆山), Zhejiang (金华), Hunan, Shandong, Heilongjiang (肇东), Sichuan (雅安), Tianjin
(滨海新区) and the national level (fresh texts of /tmp/s26/fresh/gongshi97).  Fixes: a birth cohort quoted
(“60后”超六成, “50后”14人) is people by age, no programme, whichever decade; a cadre's qualifying years
(基层工作经历不满2年, 任现职满3年) are a condition, no figure; a name no family name of the table opens, right
after a post and closed by a note of sex (副乡长从善楠，女，), is the holder's; the time of a post between a
count and 的 (两名现任的县(市)委书记) and a copula after a count (有两位是非中共党员) are no indicator, the noun
after them is; 以上 opening a clause before a count (以上4人均出现在…名单中) points back, no new figure; a short
company name right after a family name in a 、-list of names (黄剑东、徐旭、赵京东辞去…) is a given name, no
京东集团; a post closing the divisions' bracket (县(市)委书记出现在…) is counted unless the pair across its end
is the commoner word (长期)."""
from __future__ import annotations

from conftest import extract_text, held_posts, mentioned


def _figures(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_quoted_birth_cohort_of_any_decade_is_no_programme():
    """07-hunan-shengguan-gongshi (湖南): the heading “60后”超六成 and 这60人的年龄结构分布是：“60后”40人，占2/3；
    “50后”14人 (base: a Programme 60后, subject of the three figures and implementedIn 湖南省; only 70后…00后
    were listed as a person's role).  The counts stay, of the province; a quoted name run by someone stays a
    programme."""
    text = ("今年以来我省60名省管干部任前公示\n今年以来，我省对省管干部任前公示有3次。\n“60后”超六成\n"
            "这60人的年龄结构分布是：“60后”40人，占2/3；“50后”14人，“70后”6人。")
    doc = extract_text(text)
    assert not {"60后", "50后"} & mentioned(doc, "Programme"), mentioned(doc, "Programme")
    assert ("60后", 40, "人") in _figures(doc) and ("50后", 14, "人") in _figures(doc), _figures(doc)
    assert "青年文明号" in mentioned(extract_text("活动\n团市委开展“青年文明号”创建活动。"), "Programme")


def test_a_cadres_qualifying_years_are_no_figure():
    """01-zhaoqing-shiguan-gongshi (广东肇庆): 叶晓芬，女，1976年7月出生，…现任市政协机关人事科科长，拟提名为市政协
    专门委员会副职人选（基层工作经历不满2年，属破格提拔） (base: a figure 基层工作经历不满 2 年 of 广东省).  The
    same for 任现职满3年; a count of cadres in the same notice stays a figure."""
    doc = extract_text("任前公示\n叶晓芬，女，1976年7月出生，籍贯、出生地：广东高要，大学，现任市政协机关人事科科长，"
                       "拟提名为市政协专门委员会副职人选（基层工作经历不满2年，属破格提拔）。")
    assert not any(u == "年" for _i, _v, u in _figures(doc)), _figures(doc)
    doc = extract_text("任前公示\n王某，男，现任县财政局副局长（任现职满3年），拟任县财政局局长。")
    assert not any(u == "年" for _i, _v, u in _figures(doc)), _figures(doc)
    assert any(v == 17 for _i, v, _u in _figures(extract_text("公示\n肇庆市委组织部公示了17名市管干部的任职前公示。")))


def test_a_name_closed_by_a_note_of_sex_after_a_post_is_the_holders():
    """06-kunshan-gongshi (江苏昆山): 六安市金寨县沙河乡副乡长从善楠，女，大学本科，1996年12月生 (base: no person; 从
    opens no name of the family-name table, being a preposition too).  The note of sex after the name says a
    person; a run the dictionary has as a word, or one no post comes before, is none."""
    doc = extract_text("公示\n六安市金寨县沙河乡副乡长从善楠，女，大学本科，1996年12月生。")
    assert "从善楠" in mentioned(doc, "Person"), mentioned(doc)
    assert ("从善楠", "沙河乡", "副乡长", None) in held_posts(doc), held_posts(doc)
    assert not mentioned(extract_text("通知\n县财政局局长从严管理，男，女都要参加。"), "Person")
    assert not mentioned(extract_text("通知\n参加体检的人员，男，女分开排队。"), "Person")


def test_the_time_of_a_post_before_de_is_no_indicator():
    """09-shandong-gongshi (山东): 两名现任的县(市)委书记出现在了公示的名单中 (base: the indicator 现任).  The post
    after 的 is what is counted, as with no 现任 written."""
    doc = extract_text("公示\n山东省委组织部也发布了省管干部任前公示，两名现任的县(市)委书记出现在了公示的名单中。")
    assert ("县(市)委书记", 2, "名") in _figures(doc), _figures(doc)


def test_a_post_after_the_divisions_bracket_before_a_rare_pair_is_counted():
    """09-shandong-gongshi (山东): 两名…县(市)委书记出现在了公示的名单中 (base: the indicator 县(市), as 记出 is a
    rare entry of the dictionary; the post is cut only where the pair across its end is the commoner word:
    18个县(市、区)长期坚持 keeps 县(市、区), no 县长)."""
    assert ("县(市、区)委书记", 2, "名") in _figures(extract_text("公示\n两名县(市、区)委书记出现在名单中。"))
    assert ("县(市、区)", 18, "个") in _figures(extract_text("工作\n全市18个县(市、区)长期坚持植树造林。"))


def test_yishang_opening_a_clause_points_back():
    """02-zhongzubu-youxiu-xianwei (national): 以上4人均出现在6月10日中组部公示的100人拟表彰名单中 (base: a figure
    以上 4 人).  After a figure 以上 is a bound and the count after it stays (60岁以上3.2万人)."""
    doc = extract_text("公示\n以上4人均出现在中组部公示的名单中。")
    assert not any(v == 4 for _i, v, _u in _figures(doc)), _figures(doc)
    assert any(v == 32000 for _i, v, _u in _figures(extract_text("统计\n全市60岁以上3.2万人参加体检。")))


def test_a_copula_after_a_count_is_no_part_of_the_noun():
    """07-hunan-shengguan-gongshi (湖南): 60人中，有两位是非中共党员 (base: the indicator 是非中共党员); 其中有3家是国有
    企业 the same.  是否 opening the noun is no copula."""
    assert ("非中共党员", 2, "位") in _figures(extract_text("公示\n60人中，有两位是非中共党员。"))
    assert ("国有企业", 3, "家") in _figures(extract_text("企业\n其中有3家是国有企业。"))


def test_a_short_company_name_in_a_list_of_names_is_a_given_name():
    """04-yaan-renda (四川雅安): 会议审议并表决通过了市人大常委会关于接受黄剑东、徐旭、赵京东辞去雅安市人民政府副市长
    职务请求的决定 (base: an Organization 京东集团 read inside 赵京东).  A list of the companies themselves (阿里、
    京东、拼多多) keeps the company."""
    doc = extract_text("会议\n会议审议通过了关于接受黄剑东、徐旭、赵京东辞去雅安市人民政府副市长职务请求的决定。")
    assert "京东集团" not in mentioned(doc, "Organization"), mentioned(doc)
    assert ("赵京东", "雅安市", "副市长", "removed") in held_posts(doc), held_posts(doc)
    assert "京东集团" in mentioned(extract_text("电商\n阿里、京东、拼多多等平台销售额增长。"), "Organization")
