"""Round 93 (renwu93): news built around people — 村长论坛 reports with their speakers (Gansu 张掖, the
forum at 浙江东阳花园村), a 民建 leader's visit to a village in 长兴 (Zhejiang), the 驻村第一书记 of 安徽长丰
and 嘉兴由桥村, a 南翟村 (Shanxi 太原) cadre's report, a township's discussion of a county's economic
work report (Hunan 溆浦), the 部长通道 of the national congress, a county CPPCC's discussion (Hubei
竹山) and an honoured family of forest rangers (Anhui 滁州) (fresh texts of /tmp/s26/fresh/renwu93).
Fixes: a full name before 先生/女士 opening a clause (王丽女士说…) read as no one, and a family name
with 先生 (王先生说) read as a person 王先生; people named by what they are (民建会员企业家戴顺华、杨文龙,
护林员高红说) no persons; a village after a short city name named by an estate's word (浙江东阳花园村)
dropped with the city; a village setting up a group (尖草坪区南翟村组织成立…考察团) no village, its 村委会
unattached; 村书记 after a village held in the village itself, not its 党支部; a headline's 7部长 a
figure in 部; a verb before a class of school (大力发展公办幼儿园) an organisation; a count of editions
(承办两届论坛) a programme."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_full_name_before_xiansheng_or_nvshi_opening_a_clause_is_a_person():
    """Meeting and honour news write a guest's or a speaker's full name with 先生/女士 (座谈会上，王丽女士说,
    张建华先生表示; people31's foreign guests showed the title after a name): the base read no person.
    `opening` only, as 委员 and 代表: inside a clause the title stays a word of the clause."""
    doc = extract_text("座谈会\n座谈会上,王丽女士说,感谢党委政府。张建华先生表示,将继续支持家乡建设。")
    assert {"王丽", "张建华"} <= _names(doc, "Person"), _names(doc, "Person")
    assert not {n for n in _names(doc, "Person") if n.endswith(("先生", "女士"))}


def test_a_family_name_with_a_term_of_address_names_no_one():
    """02-zhejiang-changxing-hongqicun reads 史书记 (a family name and a post); residents in the news are
    written 王先生, 李女士, 张师傅 (a family name and a term of address): the base read 王先生说 as a
    person named 王先生.  No given name is written, so no person; a full name before it stays one."""
    doc = extract_text("小区\n王先生说,小区环境变好了。李女士表示满意。张师傅介绍,设备运行良好。")
    assert not _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("小区\n王建国先生说,小区环境变好了。")
    assert "王建国" in _names(doc, "Person")


def test_people_named_by_what_they_are():
    """02-zhejiang-changxing-hongqicun: 史书记特别介绍了民建会员企业家戴顺华、杨文龙为家乡新农村建设作出的
    积极努力和贡献 (base: no persons); 09-anhui-chuzhou-gaoqingwang: 护林员高红.  An entrepreneur, a model
    worker, a ranger named by what they are are persons, no post held; the bare words name no one."""
    doc = extract_text("考察\n史书记介绍了民建会员企业家戴顺华、杨文龙为家乡建设作出的贡献。护林员高红说,要守好这片林。")
    assert {"戴顺华", "杨文龙", "高红"} <= _names(doc, "Person"), _names(doc, "Person")
    assert not held_posts(doc)
    doc = extract_text("座谈\n弘扬企业家精神。企业家代表参加座谈会。劳模工作室揭牌。网格员入户走访。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_village_named_by_an_estate_word_after_a_short_city_name():
    """05-shanxi-nanzhaicun: 第二十一届全国“村长”论坛在浙江东阳花园村隆重举行 (base: no 东阳市, no 花园村 — 花园
    after a short name read as an estate named after the city).  Closed by 村 it is a village in the city;
    an estate (东阳花园小区, 入住东阳花园) still names no city."""
    doc = extract_text("论坛\n第二十一届全国“村长”论坛在浙江东阳花园村隆重举行。")
    assert {"东阳市", "花园村"} <= _names(doc, "Place"), _names(doc, "Place")
    rels = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations}
    assert ("花园村", "partOf", "东阳市") in rels
    doc = extract_text("小区\n东阳花园小区业主委员会成立。市民入住东阳花园。")
    assert "东阳市" not in _names(doc, "Place")


def test_a_village_that_sets_up_a_group_and_its_committee():
    """05-shanxi-nanzhaicun: 山西省太原市尖草坪区南翟村组织成立16人智慧考察团,以党总支书记、村委会主任赵建庆为
    团长 (base: no 南翟村 — 村组 read as a word of village life — and 赵建庆 主任 of a bare 村委会).  组织成立
    is the village's verb, as 组织开展 is; 村组织建设 stays the village organisations."""
    doc = extract_text("考察\n山西省太原市尖草坪区南翟村组织成立16人考察团,以党总支书记、村委会主任赵建庆为团长。")
    assert "南翟村" in _names(doc, "Place"), _names(doc, "Place")
    assert ("赵建庆", "南翟村委会", "主任", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("党建\n尖草坪区村组织建设全面加强。")
    assert not {n for n in _names(doc, "Place") if n.endswith("村")}


def test_a_village_secretary_written_cun_shuji_holds_the_branchs_post():
    """Honour lists and village news name a village's party secretary 村书记 (河北省石家庄市鹿泉区东营村村书记
    李红军获评…; 走进马家村，村书记王强介绍; topic of renwu93): the base held 书记 in the village itself (a place)
    or in nothing.  As 村支书, it is the village's 党支部's; after a community (社区书记) the organ is not
    known and nothing is read, and the kind of every village (各村书记) names none."""
    doc = extract_text("表彰\n河北省石家庄市鹿泉区东营村村书记李红军获评全国优秀党务工作者。")
    assert ("李红军", "东营村党支部", "书记", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("走访\n走进鹿泉区马家村,村书记王强介绍,今年种植辣椒300亩。")
    assert ("王强", "马家村党支部", "书记", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("培训\n东风社区书记王明说,要办实事。全县各村书记参加培训。")
    assert not {h for h in held_posts(doc) if h[1].endswith("党支部")}, held_posts(doc)


def test_a_headlines_count_of_ministers_is_no_figure_in_bu():
    """07-guojia-buzhang-tongdao: 人大会首日7部长主动答疑 (base: a figure 7 部 of 长主动答疑).  部长 is the
    post; a count of works in 部 (出版图书3部) stays."""
    doc = extract_text("部长通道\n人大会首日7部长主动答疑。出版图书3部。")
    assert {(m.value, m.unit) for m in doc.metrics} == {(3, "部")}, [(m.indicator, m.value, m.unit) for m in doc.metrics]


def test_a_verb_before_a_class_of_school_names_no_organisation():
    """07-guojia-buzhang-tongdao: 袁贵仁表示…大力发展公办幼儿园、采用政府购买措施扶持民办幼儿园 (base: an
    organisation 大力发展公办幼儿园).  After the verb only the class (公办) is left: no name; a school's name
    after its scope (市实验幼儿园) stays one."""
    doc = extract_text("答问\n要大力发展公办幼儿园、扶持民办幼儿园。考察了市实验幼儿园。")
    orgs = _names(doc, "Organization")
    assert not {n for n in orgs if "公办" in n or "民办" in n}, orgs
    assert "市实验幼儿园" in orgs, orgs


def test_a_count_of_editions_before_a_bare_head_is_no_programme():
    """05-shanxi-nanzhaicun: 花园村曾于2006年承办第六届全国“村长”论坛,是全国唯一一个承办两届论坛的村庄 (base: a
    programme 两届论坛, run by the 村委会 of the next sentence).  A count of editions and the bare head say how
    many were held; a named event after a count (两届中国农民丰收节…) keeps its name."""
    doc = extract_text("论坛\n花园村是全国唯一一个承办两届论坛的村庄。该市已连续举办三届论坛。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("论坛\n成功举办两届中国农民丰收节论坛。举办首届乡村振兴论坛。")
    assert "首届乡村振兴论坛" in _names(doc, "Programme") or "乡村振兴论坛" in _names(doc, "Programme"), _names(doc, "Programme")
