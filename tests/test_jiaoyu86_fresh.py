"""Round 86 (jiaoyu86): education news — a county's education statistics (安丘市教育和体育局), school
opening ceremonies in Sichuan and Shandong (开江县讲治中学, 金堂县高板中学校, 淄博市张店区齐盛学校), school and
kindergarten building plans (武威, 泉州, 宁德) and student-aid payments (扬州) — from fresh texts of
/tmp/s26/fresh/jiaoyu86.  Fixes: 学校 as a school's news calls itself (学校党支部书记、校长黄宗文, 学校副校长孙平) is the
one school the article names, its 党支部 and 团委 that school's; sequence adverbs (随后) open no body's name; a
one-character verb's complement (戴上) opens no school's name; a chain of places (淄博市张店区) qualifies a
school's full name so its short name (齐盛学校) is the same school, as 高板中学 is 金堂县高板中学校; 共有 inside an
indicator (初中共有教职工) is no word of it; a 、-list of schools running into its count (…幼儿园6所学校建设项目)
names neither a project nor the figure's subject; 所 before 取得 is the particle, no count of schools."""
from __future__ import annotations

from conftest import extract_text, post_pairs, post_triples as _posts


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_schools_news_calls_itself_school():
    """05-kaijiang-jiangzhi-zhongxue: 典礼由学校团委书记郑玉兰主持 … 学校党支部书记、校长黄宗文为新学期致辞 (base: a body
    学校团委, and 黄宗文 only 校长); 06-jintang-gaoban-zhongxue: 随后学校副校长沈福春、万福国 (base: a school named
    随后学校)."""
    doc = extract_text("开江县讲治中学举行开学典礼\n9月16日上午,开江县讲治中学举行2022年秋季开学典礼。典礼由学校团委书记"
                       "郑玉兰主持。学校党支部书记、校长黄宗文为新学期致辞。随后学校副校长孙平宣读了名单。")
    got = _posts(doc)
    assert {("黄宗文", "开江县讲治中学", "党支部书记"), ("黄宗文", "开江县讲治中学", "校长"),
            ("孙平", "开江县讲治中学", "副校长"), ("郑玉兰", "开江县讲治中学团委", "书记")} <= got, got
    assert not {"学校团委", "随后学校", "学校"} & _orgs(doc), _orgs(doc)


def test_school_is_no_body_where_the_article_names_several_or_none():
    """The same 学校副校长 in an education bureau's news naming two schools, or none: no body is guessed."""
    doc = extract_text("县教育局开展督导\n县教育局到城关第一中学、东街小学开展督导。随后学校副校长王明汇报了工作。")
    assert not any(p == "王明" for p, _b in post_pairs(doc)), post_pairs(doc)
    assert "随后学校" not in _orgs(doc)
    doc = extract_text("县教育局开展督导\n县教育局开展开学督导。随后学校副校长王明汇报了工作。")
    assert not any(p == "王明" for p, _b in post_pairs(doc)), post_pairs(doc)


def test_a_school_named_with_its_city_and_district_then_alone_is_one_school():
    """10-zhangdian-qisheng-xuexiao: 山东省淄博市张店区齐盛学校新学校启用 … 齐盛学校是…九年一贯制学校 … 在学校党支部书记、
    校长孙俊带领下 … 戴上齐盛学校“齐齐”“盛盛”吉祥物头饰 (base: three schools 淄博市张店区齐盛学校, 齐盛学校, 上齐盛学校 and
    no post of 孙俊)."""
    doc = extract_text("淄博市张店区齐盛学校新学校启用\n9月1日上午,山东省淄博市张店区齐盛学校新学校启用暨新学期开学庆典举行。"
                       "齐盛学校是一所九年一贯制学校。在学校党支部书记、校长孙俊带领下,校领导为每一个孩子戴上齐盛学校吉祥物头饰。")
    assert _orgs(doc) == {"淄博市张店区齐盛学校"}, _orgs(doc)
    assert ("孙俊", "淄博市张店区齐盛学校", "校长") in _posts(doc), _posts(doc)


def test_a_verbs_complement_opens_no_name_but_a_place_word_does():
    """10-zhangdian-qisheng-xuexiao: 戴上齐盛学校吉祥物 (base: 上齐盛学校); 上海 after a verb still opens the name."""
    doc = extract_text("齐盛学校开学\n校领导为每一个孩子戴上齐盛学校吉祥物头饰。")
    assert _orgs(doc) == {"齐盛学校"}, _orgs(doc)
    doc = extract_text("学生参观高校\n学生们走上上海交通大学的讲台。")
    assert "上海交通大学" in _orgs(doc) | {e.name for e in doc.entities.values()}, doc.entities


def test_a_middle_school_called_without_its_last_school_character():
    """06-jintang-gaoban-zhongxue: title 金堂县高板中学校开学典礼…, then 高板中学全校师生齐聚 … 学校党支部书记、校长肖前胜同志
    (base: two schools and no post of 肖前胜)."""
    doc = extract_text("金堂县高板中学校开学典礼\n2019年9月2日下午,高板中学全校师生齐聚在学校操场。学校党支部书记、校长"
                       "肖前胜同志为本次开学典礼致辞。")
    assert _orgs(doc) == {"金堂县高板中学校"}, _orgs(doc)
    assert ("肖前胜", "金堂县高板中学校", "校长") in _posts(doc), _posts(doc)
    two = extract_text("县教育局表彰学校\n金堂县高板中学校、金堂县赵镇中学获评先进。高板中学、赵镇第一中学教师参加培训。")
    assert "赵镇第一中学" not in {n for n in _orgs(two) if n.startswith("金堂县")}


def test_shared_count_between_a_class_of_school_and_its_staff():
    """01-anqiu-jiaoyu-tongji: 初中共有教职工5001人 … 幼儿园共有教职工1405人 … 全市高中阶段共有学校8所 (base: indicators
    初中共有教职工, 幼儿园共有教职工, 高中阶段共有学校); 共有产权住房 stays a noun."""
    doc = extract_text("安丘市2023-2024学年度教育事业统计数据\n2023年,全市共有幼儿园81所,入园儿童3354人。幼儿园共有教职工"
                       "1405人,专任教师1029人。全市高中阶段共有学校8所。初中共有教职工5001人。")
    got = {m.indicator for m in doc.metrics}
    assert {"幼儿园教职工", "高中阶段学校", "初中教职工"} <= got, got
    assert not any("共有" in i for i in got), got
    doc = extract_text("安丘市住房保障\n2023年,全市保障性住房共有产权住房300套。")
    assert any("共有产权住房" in m.indicator for m in doc.metrics), [m.indicator for m in doc.metrics]


def test_a_list_of_schools_counted_is_no_project_and_no_subject():
    """09-wuwei-xinjian-xuexiao: 3-4月,凉州区祁连路小学、…、天祝县华藏寺镇华藏寺村幼儿园6所学校建设项目开复工,凉州区柏树镇清水
    小学、凉州区东升幼儿园、古浪县第五幼儿园3所学校建设项目完成开工手续 (base: a programme
    天祝县华藏寺镇华藏寺村幼儿园6所学校建设项目 and the counts given to 凉州区祁连路小学 and 凉州区柏树镇清水小学)."""
    doc = extract_text("武威市2021年新建学校\n3-4月,凉州区祁连路小学、凉州区第一幼儿园、天祝县华藏寺镇华藏寺村幼儿园3所学校建设项目"
                       "开复工,凉州区柏树镇清水小学、凉州区东升幼儿园、古浪县第五幼儿园3所学校建设项目完成开工手续。"
                       "凉州区祁连路小学建成教学楼2栋。")
    assert not [e.name for e in doc.entities.values() if e.type == "Programme"]
    subj = {(doc.entities[m.subject].name, m.value) for m in doc.metrics}
    assert ("武威市", 3) in subj and not {s for s, v in subj if v == 3} - {"武威市"}, subj
    assert ("凉州区祁连路小学", 2) in subj, subj  # (a school alone before its figure keeps it)


def test_suo_before_a_verb_is_no_count_of_schools():
    """06-jintang-gaoban-zhongxue: 回顾了新中国成立70年来…,以及70来所取得的辉煌成就 (base: 70 所 of 中国); 3所 schools
    still counted."""
    doc = extract_text("金堂县高板中学校开学典礼\n2019年9月2日,肖校长带领全校师生回顾了新中国成立70年来从贫穷走向富强,"
                       "以及70来所取得的辉煌成就。全县新建学校3所。")
    assert [(m.value, m.unit) for m in doc.metrics] == [(3, "所")], doc.metrics


def test_the_year_a_text_defines_for_its_school_year_is_that_school_year():
    """01-anqiu-jiaoyu-tongji: 2023-2024学年(以下简称为2023年)全市共有各级各类学校167所 … 2023年,全市共有幼儿园81所 …
    其中普通小学49所 (base: 各类学校, and the figures split between periods 2023 and 2023/2024)."""
    doc = extract_text("安丘市教育事业统计数据\n根据教育事业统计数据,2023-2024学年(以下简称为2023年)全市共有各级各类学校167所。\n"
                       "2023年,全市共有幼儿园81所。其中普通小学49所。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert got == {("各级各类学校", "2023/2024"), ("幼儿园", "2023/2024"), ("普通小学", "2023/2024")}, got
    plain = extract_text("安丘市教育事业统计数据\n2023-2024学年全市共有学校167所。\n2022年,全市共有幼儿园80所。")
    assert ("幼儿园", "2022") in {(m.indicator, m.period) for m in plain.metrics}


def test_being_put_on_a_list_ends_the_noun_counted():
    """04-ningde-youeryuan-kaigong: 2012年全市共有39所公办幼儿园建设项目列入为民办实事项目和民生工程 (base: indicator
    公办幼儿园建设项目列入); a noun opening with 列入 keeps it."""
    doc = extract_text("宁德新、改扩建幼儿园\n2012年全市共有39所公办幼儿园建设项目列入为民办实事项目和民生工程。"
                       "全县5个村纳入试点,3个列入项目开工。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("公办幼儿园建设项目", 39), ("村", 5), ("列入项目", 3)} <= got, got


def test_a_school_counted_with_deng_is_no_subject_of_the_sentences_later_figures():
    """09-wuwei-xinjian-xuexiao: 7-8月,凉州区祁连路小学等5所学校建设项目竣工并交付使用,凉州区第一幼儿园主体完工,凉州区柏树镇
    清水小学、凉州区东升幼儿园、古浪县第五幼儿园3所学校建设项目实施主体工程 (base: the 3 given to 凉州区祁连路小学)."""
    doc = extract_text("武威市2021年新建学校\n7-8月,凉州区祁连路小学等5所学校建设项目竣工并交付使用,凉州区第一幼儿园主体完工,"
                       "凉州区柏树镇清水小学、凉州区东升幼儿园、古浪县第五幼儿园3所学校建设项目实施主体工程。")
    subj = {(doc.entities[m.subject].name, m.value) for m in doc.metrics}
    assert subj == {("武威市", 5), ("武威市", 3)}, subj
