"""people41: county and township news naming officials and villagers — Uyghur villagers named by a
role noun (村民, 农民, 老人) and a dotted name, without a verb of speech (村民阿布来提·阿不力孜家中); a
herdsman's household (牧民巴•巴特尔家); the head of a sumu (副苏木达) and a village's short 支书; a
listed address of a family name and its own post (左乡长) that is no holder of the list's body; a rare
proper noun opening a name after a post (统战部长华金国); a three-character Mongolian name after a
post (旗政协主席宝力道); lists of names closed by a head count (王兰俊等6名同志, 的3人：娄绍光、李无文、
杨秀清, 孙某、邓某等多名局长)  (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_dotted_villager_after_a_role_noun_without_a_verb_of_speech():
    """新华社 莎车县: 他来到维吾尔族村民阿布来提·阿不力孜家中 — the role noun and a dotted name are a
    person, though no verb of speech follows; 叶城县: 农民麦苏木·亚生的玉米地 likewise."""
    doc = extract_text("中央代表团看望各族干部群众\n他来到维吾尔族村民阿布来提·阿不力孜家中,与一家人促膝交谈,"
                       "关切询问生产发展、就业保障、民族团结等情况。")
    assert "阿布来提·阿不力孜" in _people(doc), _people(doc)
    doc = extract_text("张春贤深入新疆乡镇调研\n8月6日,张春贤书记在江格勒斯乡代尔瓦扎库木村农民麦苏木·亚生的玉米地里,"
                       "参加割玉米劳动。")
    assert "麦苏木·亚生" in _people(doc), _people(doc)
    doc = extract_text("标题\n村民代表在会上发言。牧民群众在草场放牧。")  # (在 closes a name only, not a word)
    assert not _people(doc), _people(doc)


def test_old_villager_in_traditional_script():
    """和田 村民来信 (traditional): 我們村66歲的老人阿塔吾拉·阿卜都熱依木對工作組發自肺腑的稱贊 — 老人 is a role
    noun too; the dotted name its person."""
    doc = extract_text("南疆農民寫信\n“你們工作組的腳印比金子還貴!”這話可不是我說的,而是我們村66歲的老人阿塔吾拉·阿卜都熱依木"
                       "對工作組發自肺腑的稱贊。")
    assert "阿塔吾拉·阿卜都热依木" in _people(doc), _people(doc)


def test_herdsman_household_and_a_slogan_with_a_dot():
    """锡林浩特 人大: 希日塔拉嘎查牧民巴•巴特尔家 — the household's 家 closes the name (no 巴·巴特尔家);
    but 聚焦“市民果园·多彩后庄”发展定位 is a slogan's halves (果园 a noun), no villager."""
    doc = extract_text("考察\n考察组实地考察了宝力根苏木人大代表之家、宝力根苏木希日塔拉嘎查牧民巴•巴特尔家、贝力克牧场等地。")
    people = _people(doc)
    assert "巴·巴特尔" in people and "巴·巴特尔家" not in people, people
    doc = extract_text("金鼎山镇\n近年来,金鼎山镇坚持党建引领,聚焦“市民果园·多彩后庄”发展定位,完善“党支部+股经社+公司”模式。")
    assert not _people(doc), _people(doc)


def test_sumu_head_and_village_party_secretary():
    """科左中旗 敖包苏木: 敖包苏木政府副苏木达包杨、政府副苏木达周广亮陪同 — 苏木达 heads a sumu's government;
    和田: 村支书阿卜都熱扎克·肉孜買買提 — 支书 is a village's party secretary written short."""
    doc = extract_text("敖包苏木\n8月19日,旗政府副旗长齐广利一行到敖包苏木,实地调研推进自然资源管理等重点工作。"
                       "敖包苏木政府副苏木达包杨、政府副苏木达周广亮陪同。")
    pairs = post_pairs(doc)
    assert {("包杨", "敖包苏木人民政府"), ("周广亮", "敖包苏木人民政府")} <= pairs, pairs
    doc = extract_text("南疆農民寫信\n我是和田市古江巴格鄉塔木巴格霍伊拉村的村支書阿卜都熱扎克·肉孜買買提,受全村村民所托,給您寫這封信。")
    assert "阿卜都热扎克·肉孜买买提" in _people(doc), _people(doc)


def test_listed_address_with_its_own_post_holds_no_party_post():
    """云梦县 倒店乡: 乡党委书记陶书记、左乡长及有关部门的负责人到其家中吊唁慰问 — 左乡长 heads the township's
    government, not its party committee: only 陶书记 holds a post of 乡党委."""
    doc = extract_text("云梦县倒店乡\n云梦县倒店乡界牌村书记周万章于11月29日辞世。"
                       "11月30日下午,乡党委书记陶书记、左乡长及有关部门的负责人到其家中吊唁慰问。")
    pairs = post_pairs(doc)
    assert ("陶书记", "倒店乡党委") in pairs, pairs
    assert ("左乡长", "倒店乡党委") not in pairs, pairs


def test_rare_proper_noun_opens_a_name_after_a_post():
    """九江 政协会议 (round 40's text, where the brief saw it; 华金 a rare proper noun of the dictionary,
    金国 a place's word, hid the name): 市委常委、秘书长、统战部长华金国, — a person holding posts of the 市委
    and its 统战部."""
    doc = extract_text("九江市政协会议开幕\n省政协副主席、市委书记陈安众致欢迎辞。市委副书记张学军,市人大常委会主任张远秀,"
                       "市政协主席程来安,市委常委、秘书长、统战部长华金国,市委常委、常务副市长殷美根,市政协副主席陈晖、赵登荣出席。")
    assert "华金国" in _people(doc), _people(doc)
    assert ("华金国", "九江市委统战部") in post_pairs(doc), post_pairs(doc)


def test_three_character_mongolian_name_after_a_post():
    """西乌旗 政协 (round 40's text, where the brief saw it): 旗政协主席宝力道、副主席姚海明、…陪同调研 —
    宝力道 (a person's name of the dictionary, no family name) after a post; the list goes on in the
    same body."""
    doc = extract_text("西乌旗\n8月12日,盟政协副主席宝日夫、资源环境和经济委员会主任冀书刚一行深入西乌旗就国家和自治区重大生态工程"
                       "实施情况进行实地调研。旗政协主席宝力道、副主席姚海明、资源环境和经济委员会主要负责人陪同调研。")
    assert "宝力道" in _people(doc), _people(doc)
    pairs = post_pairs(doc)
    assert {("宝力道", "西乌珠穆沁旗政协"), ("姚海明", "西乌珠穆沁旗政协")} <= pairs, pairs


def test_names_closed_by_a_head_count():
    """南皮县 人大 (traditional): 會議表決通過了王蘭俊等6名同志的免職議案 — a single name before 等 and a
    count; 浙江 任前公示: 由县(市、区)委书记任设区市副市长的3人:娄绍光、李无文、杨秀清 — a count and a colon."""
    doc = extract_text("南皮縣人大常委會\n會議表決通過了王蘭俊等6名同志的免職議案;會議表決通過了寧書橋等10名同志的任職議案。")
    assert {"王兰俊", "宁书桥"} <= _people(doc), _people(doc)
    doc = extract_text("浙江任前公示\n(2)由县(市、区)委书记任设区市副市长的3人:娄绍光、李无文、杨秀清。")
    assert {"娄绍光", "李无文", "杨秀清"} <= _people(doc), _people(doc)


def test_names_before_a_counted_post():
    """…以及孙玉菡、邓炳强、蔡若莲、卢宠茂及杨何蓓茵等多名局长: a 、-list closed by 等, a count and a post
    names persons; the post's body is not said, so none is held; a bare count (参加培训的共120人:其中…)
    opens no list."""
    doc = extract_text("特首出席活动\n他今日在社交网页表示,会与四位司长、副司长及八位局长一同出席,包括政务司司长陈国基、财政司司长陈茂波、"
                       "律政司副司长张国钧,以及孙玉菡、邓炳强、蔡若莲、卢宠茂及杨何蓓茵等多名局长。")
    people = _people(doc)  # (round 40's text, where the brief saw it: the last name joined by 及, a married name)
    assert {"孙玉菡", "邓炳强", "蔡若莲", "卢宠茂", "杨何蓓茵"} <= people and "何蓓茵" not in people, people
    assert not any(h in ("孙玉菡", "杨何蓓茵") for h, _ in post_pairs(doc)), post_pairs(doc)
    doc = extract_text("标题\n县领导张三丰、李四海及各部门负责人出席。县领导王五明、赵六军及县直部门等出席。")
    assert {"张三丰", "李四海", "王五明", "赵六军"} == _people(doc), _people(doc)
    doc = extract_text("标题\n参加培训的共120人:其中县直单位80人。")
    assert not _people(doc), _people(doc)


def test_attendance_count_is_no_name():
    """鄂托克前旗 政协: 出席大会的委员应到128名,实到委员122名 — 应 is a family name, but 到 alone is no given
    name: no person 应到."""
    doc = extract_text("政协会议\n出席大会的委员应到128名,实到委员122名,符合《政协章程》规定。")
    assert "应到" not in _people(doc), _people(doc)


def test_hyphen_joins_a_name_only_after_a_post():
    """九江 政协会议 (round 40's text, where the brief saw it): 克拉玛依市政协主席玉素甫江-阿不都热西提, — the
    hyphen joins a Uyghur name's parts right after a post, read as the name dot; between places or
    media it stays (中国-东盟博览会, 天山网-新疆日报)."""
    doc = extract_text("九江政协\n江苏省盐城市政协主席冯永农,新疆维吾尔族自治区克拉玛依市政协主席玉素甫江-阿不都热西提,"
                       "福建省泉州市政协主席林荣取等来自全国13个省(区)22个城市的政协领导参加了会议。")
    assert ("玉素甫江·阿不都热西提", "克拉玛依市政协") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("标题\n牙买加外交外贸部部长约翰逊-史密斯代表两国政府签署。")  # (where the name ends is not told)
    assert not any(p.startswith("约翰逊·") for p in _people(doc)), _people(doc)
    doc = extract_text("标题\n前来参加中国-东盟博览会的代表。天山网-新疆日报记者报道。")
    assert doc.text.count("-") == 2 and not _people(doc), (doc.text, _people(doc))


def test_region_scope_is_never_a_municipality():
    """中组部 公示 (澎湃新闻, a story set in 北京): 龙秀,壮族,1964年11月生,…自治区党委党校研究生学历 — 自治区党委
    is an autonomous region's, never 北京市's: left as written where no such region is named."""
    doc = extract_text("中组部拟表彰全国优秀县委书记公示名单\n6月30日,中共中央总书记、国家主席、中央军委主席习近平在北京亲切会见"
                       "全国优秀县委书记。龙秀,壮族,1964年11月生,1989年4月加入中国共产党,1985年7月参加工作,自治区党委党校研究生学历。")
    names = body_names(doc)
    assert "北京市党委" not in names, names
