"""People and posts in the shapes of fresh meeting reports, foreign-affairs notices, enterprise
visits and appointment lists of people's congresses (posts17)."""
from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_yiji_closes_a_name_after_a_post():
    """国务院总理A、中央外办主任B以及外长C: 以及 joins the next person; it is no given name's end
    (was 王某以)."""
    doc = extract_text("外交部消息\n3日，国务院总理李强、中央外办主任王毅以及外交部长秦刚会见外宾。")
    assert "王毅" in _persons(doc)
    assert not any(n.endswith("以") for n in _persons(doc))
    assert ("王毅", "中央外事工作委员会办公室", "主任", None) in held_posts(doc)


def test_phone_call_closes_a_foreign_heads_name():
    """同乌克兰总统X通电话: 通电话 is the act after the name, not part of it."""
    doc = extract_text("外交部消息\n国家主席习近平应约同乌克兰总统泽连斯基通电话。")
    assert "泽连斯基" in _persons(doc)
    assert not any("电话" in n for n in _persons(doc))


def test_place_word_closes_a_dotted_name():
    """到村党支部书记A·B家中看望: 家中 (a place word) is where the dotted name ends."""
    doc = extract_text("代表团来到乌图布拉格村，到村党支部书记吐尔逊·艾则孜家中看望慰问。")
    assert "吐尔逊·艾则孜" in _persons(doc)
    assert not any(n.endswith(("家中", "家")) for n in _persons(doc))


def test_preposition_before_a_name_and_post_is_no_family_name():
    """副董事长向陈某副主席汇报: 向 is a preposition there; no person 向陈.  A 向 family name right
    after a post, with no post after the next characters, is still a name (副市长向东出席)."""
    doc = extract_text("座谈会上，公司副董事长向陈和春副主席一行汇报了项目情况。")
    assert not any(n.startswith("向") for n in _persons(doc))
    assert "向东" in _persons(extract_text("会上，副市长向东出席并讲话。"))


def test_company_post_inherits_no_party_committee():
    """招远市委书记A，…，山东招金董事长B，集团公司副总经理C: a company's post with no body read
    is held in no committee or place before it (was 招远市委 董事长)."""
    got = held_posts(extract_text("招远市委书记王彦博，山东招金党委书记、董事长翁占斌，"
                                  "集团公司党委委员、副总经理赵冰等参加活动。"))
    assert ("王彦博", "招远市委", "书记", None) in got
    assert not any(body == "招远市委" and post in ("董事长", "副总经理") for _, body, post, _ in got)


def test_company_after_a_leaders_post_is_its_own():
    """市政协副主席A到访致盛集团，致盛集团董事长B: the company is no unit of the CPPCC."""
    got = held_posts(extract_text("7月21日，宜昌市政协副主席陈和春率队到访上海致盛集团，"
                                  "致盛集团董事长张润斌等予以接待。"))
    assert ("张润斌", "致盛集团", "董事长", None) in got
    assert not any(body.startswith("宜昌市政协") and post == "董事长" for _, body, post, _ in got)


def test_department_after_a_party_committee_post_is_no_unit_of_it():
    """县委副书记、县长A，…，县政府党组成员、公安局局长B, 开发区管委会主任C: a government's
    department or a zone's committee is no unit of 县委 (was 县委公安局, 县委管委会)."""
    got = held_posts(extract_text("县政府召开常务会议\n县委副书记、县长齐永军，县委常委、副县长朱洪瑞，"
                                  "县政府党组成员、管委会主任谭如胜，县政府党组成员、公安局局长韩兆元出席。"))
    assert not any(body.startswith("县委") and post in ("局长", "主任") for _, body, post, _ in got)
    assert ("齐永军", "县委", "副书记", None) in got


def test_accepted_resignation_of_its_is_a_removal():
    """任命X为副市长，接受其辞去市人大常委会副主任职务的请求: 其 is X, who leaves the 副主任 post
    (was appointed to it)."""
    got = held_posts(extract_text("中山市人大常委会召开会议，决定任命陈晖东为中山市人民政府副市长，"
                                  "接受其辞去中山市人大常委会副主任职务的请求。"))
    assert ("陈晖东", "中山市", "副市长", "appointed") in got
    assert ("陈晖东", "中山市人大常委会", "副主任", "removed") in got
    assert ("陈晖东", "中山市人大常委会", "副主任", "appointed") not in got


def test_sibling_committees_listed_side_by_side():
    """经济委员会主任A、外事委员会主任B: two committees of one kind listed side by side; the second is
    no unit of the first (was 经济委员会外事委员会).  A unit of another kind still is the leader's
    body's (省政府秘书长A、研究室主任B: 省人民政府研究室)."""
    got = held_posts(extract_text("全国政协召开会议\n经济委员会主任周伯华、人口资源环境委员会主任贾治邦、"
                                  "外事委员会主任潘云鹤分别汇报了工作。"))
    assert ("潘云鹤", "外事委员会", "主任", None) in got
    assert ("贾治邦", "人口资源环境委员会", "主任", None) in got
    got = held_posts(extract_text("省政府召开会议\n省政府秘书长王刚、研究室主任李明出席。"))
    assert ("李明", "省人民政府研究室", "主任", None) in got


def test_newly_appointed_opens_no_body():
    """新任县委书记A: 新任 (newly appointed) is no part of the body's name (was 新任县委)."""
    got = held_posts(extract_text("会上，新任县委书记王伟讲话。"))
    assert ("王伟", "县委", "书记", None) in got


def test_byline_tail_word_standing_alone_is_no_reporter():
    """□记者 赵霞 报道, 记者 A B 整理: the tail word after a space is no reporter's name."""
    doc = extract_text("□记者 赵霞 报道\n德州新闻网讯 5月6日，县政府召开常务会议。")
    assert "赵霞" in _persons(doc) and "报道" not in _persons(doc)
    doc = extract_text("本报记者 赵霞 李明 整理\n德州新闻网讯 5月6日，县政府召开常务会议。")
    assert "整理" not in _persons(doc)


def test_removal_with_the_body_right_after_the_name():
    """免去X泉州市人民政府副市长、市公安局局长的职务: with no 的 after the name, a body read right
    after it and 职务 closing the posts say what X loses."""
    got = held_posts(extract_text("会议决定：任命王永礼为泉州市人民政府副市长；"
                                  "免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。"))
    assert ("卢炳椿", "泉州市", "副市长", "removed") in got
    assert ("王永礼", "泉州市", "副市长", "appointed") in got


def test_rare_family_name_mao():
    """茆 (茆荣华) is a family name: 免去茆荣华的…职务 names a person."""
    doc = extract_text("会议决定免去茆荣华的上海市高级人民法院副院长职务。")
    assert "茆荣华" in _persons(doc)
    assert any(n == "茆荣华" and post == "副院长" and st == "removed" for n, _, post, st in held_posts(doc))


def test_dotted_name_inside_a_list_of_names_after_a_post():
    """全国政协副主席A、帕巴拉·格列朗杰、B、C: a minority name of ·-joined parts (whose first
    character is no family name) is one more name of the list; the list goes on after it
    (was: the list ended before it, A alone held the post)."""
    got = held_posts(extract_text("全国政协召开会议\n全国政协副主席韩启德、帕巴拉·格列朗杰、董建华、万钢出席会议。"))
    for name in ("韩启德", "帕巴拉·格列朗杰", "董建华", "万钢"):
        assert (name, "中国人民政治协商会议全国委员会", "副主席", None) in got


def test_given_name_ending_in_he_before_a_stop():
    """副主席林文漪、罗富和、何厚铧; 县委副书记戚永和，…: a 和 right before 、 or ， joins nothing, so
    it ends the given name (was 罗富, 戚永, and the list stopped there)."""
    got = held_posts(extract_text("全国政协召开会议\n全国政协副主席林文漪、罗富和、何厚铧出席会议。"))
    assert ("罗富和", "中国人民政治协商会议全国委员会", "副主席", None) in got
    assert ("何厚铧", "中国人民政治协商会议全国委员会", "副主席", None) in got
    got = held_posts(extract_text("县委召开会议\n县委副书记戚永和，副县长王刚出席。"))
    assert ("戚永和", "县委", "副书记", None) in got
    got = held_posts(extract_text("县委召开会议\n县委书记张三和县长李四出席。"))
    assert ("张三", "县委", "书记", None) in got


def test_foreign_minister_written_gaixiang():
    """日本外相林芳正, 英国外相X: 外相 is a foreign minister's post, held in that country's foreign
    ministry, and the name after it is a person."""
    got = held_posts(extract_text("外交部消息\n日本外相林芳正于4月1日至2日访华。"))
    assert ("林芳正", "日本外交部", "外相", None) in got


def test_envoy_stationed_in_china_is_a_person():
    """美国驻华大使伯恩斯: a transliterated name (no family name) after a foreign country's envoy
    post is a person, who holds the post in the mission (美国驻华大使馆; lead's merge: was unheld)."""
    doc = extract_text("外交部消息\n5月8日，外长秦刚在北京会见美国驻华大使伯恩斯。")
    assert "伯恩斯" in _persons(doc)
    assert {(n, b) for n, b, _, _ in held_posts(doc) if n == "伯恩斯"} == {("伯恩斯", "美国驻华大使馆")}
    assert not _persons(extract_text("外交部消息\n美国驻华大使馆举行招待会。"))


def test_compound_family_name_with_two_given_characters():
    """秘书长欧阳秋虹出席: a compound family name and two given characters make four, ended by a
    word that follows names as a three-character name is (was: only before punctuation)."""
    got = held_posts(extract_text("泉州市人大常委会召开会议\n泉州市人大常委会副主任张建生，秘书长欧阳秋虹出席会议。"))
    assert ("欧阳秋虹", "泉州市人大常委会", "秘书长", None) in got


def test_removal_name_running_into_the_place():
    """免去张国洪普陀区委书记、常委、委员职务: the name runs straight into the place's name (no 的,
    no 同志); it ends where the place found starts."""
    got = held_posts(extract_text("区召开党政负责干部会议\n会上宣读决定：免去张国洪普陀区委书记、常委、委员职务，"
                                  "施小琳担任普陀区委委员、常委、书记。"))
    assert ("张国洪", "普陀区委", "书记", "removed") in got
    assert ("施小琳", "普陀区委", "书记", "appointed") in got


def test_standing_member_glued_to_the_next_posts_body():
    """区委常委统战部部长A, 市委常委宣传部长B: 常委 written with no 、 before a department's post is
    a post of the committee, and the department is the committee's (was 区委常委统战部)."""
    got = held_posts(extract_text("渝中区召开协商会\n1月9日，区委常委、组织部部长王南，区委常委统战部部长张焕伦出席会议。"))
    assert ("张焕伦", "渝中区委", "常委", None) in got
    assert ("张焕伦", "渝中区委统战部", "部长", None) in got
    got = held_posts(extract_text("省人大召开会议\n省人大常委会副主任张三出席。"))
    assert ("张三", "省人大常委会", "副主任", None) in got


def test_department_word_tagged_as_a_name_is_no_person():
    """县委常委宣传部部长A: jieba's dictionary tags 宣传部 a personal name; after a post it is the
    department, never a person."""
    doc = extract_text("县委召开会议\n县委常委宣传部部长李明、县人大常委会主任王刚出席。")
    assert "宣传部" not in _persons(doc)
    assert ("李明", "县委宣传部", "部长", None) in held_posts(doc)


def test_removal_of_a_name_whose_given_character_is_a_particle():
    """免去张为的上海市副市长职务: 为 is the given name, closed by the 的 of the removal (a body found
    right after it, 职务 closing the posts)."""
    got = held_posts(extract_text("上海市人大常委会举行会议，决定任命郭芳为上海市副市长，免去张为的上海市副市长职务。"))
    assert ("张为", "上海市", "副市长", "removed") in got
    assert ("郭芳", "上海市", "副市长", "appointed") in got


def test_company_named_by_no_name_is_no_body():
    """市政协委员、集团副董事长A: 集团 alone names no company; the post is not held in 宜昌市集团."""
    got = held_posts(extract_text("7月21日，宜昌市政协副主席陈和春率队到访，宜昌市政协委员、集团副董事长欧阳莉等予以接待。"))
    assert ("欧阳莉", "宜昌市政协", "委员", None) in got
    assert not any(post == "副董事长" for _, _, post, _ in got)


def test_special_committee_with_he_in_its_name():
    """社会和法制委员会主任A, 农业与农村委员会主任B: the 和 (与) is inside the committee's name (was
    法制委员会, and before that 经济委员会法制委员会); a 和 after a name still joins two people."""
    got = held_posts(extract_text("全国政协召开会议\n经济委员会主任周伯华、社会和法制委员会主任孟学农、"
                                  "民族和宗教委员会主任朱维群分别汇报了工作。"))
    assert ("孟学农", "社会和法制委员会", "主任", None) in got
    assert ("朱维群", "民族和宗教委员会", "主任", None) in got
    got = held_posts(extract_text("县委召开会议\n县委书记张三和县政协委员会主任李四出席。"))
    assert ("张三", "县委", "书记", None) in got


def test_names_listed_after_a_post_and_a_colon():
    """市委副书记：A、B；副市长：C、D: posts, a colon and a 、-list of names ended by a stop; each
    name holds the posts.  A name that runs on into a clause after the colon reads nothing."""
    doc = extract_text("市委召开会议\n出席会议的有：市委副书记：王刚、李明；副市长：张伟、赵强。")
    got = held_posts(doc)
    assert ("王刚", "市委", "副书记", None) in got and ("李明", "市委", "副书记", None) in got
    assert {"张伟", "赵强"} <= _persons(doc)
    assert not _persons(extract_text("市委召开会议\n市委书记：王刚在会上说。"))


def test_chairman_meeting_a_foreign_head_of_state_is_chinas_head():
    """习近平主席同美国总统特朗普举行会谈: with no 国家 written, 主席 followed by 同 and a foreign head
    of state is China's head of state.  Not where a foreign country is named before the name in
    its sentence (越南国家主席苏林…，苏林主席同柬埔寨国王…), nor 主席 with no such counterpart."""
    got = held_posts(extract_text("新华社北京电\n习近平主席同美国总统特朗普举行会谈。"))
    assert ("习近平", "中国", "主席", None) in got
    got = held_posts(extract_text("新华社电\n越南国家主席苏林会见柬埔寨国王西哈莫尼，苏林主席同柬埔寨国王西哈莫尼举行会谈。"))
    assert not any(body == "中国" for _, body, _, _ in got)
    assert not held_posts(extract_text("新华社电\n王沪宁主席出席会议。"))


def test_reporting_verb_closes_a_name():
    """古凤村党总支书记张某汇报, 县长王某汇报: 汇报 (发言) is what the official does, no part of the
    name (was 王刚汇报)."""
    doc = extract_text("镇里召开会议\n古凤村党总支书记张三汇报。县长王刚汇报。镇长李强发言。")
    assert {"张三", "王刚", "李强"} <= _persons(doc)
    assert not any(n.endswith(("汇报", "发言")) for n in _persons(doc))


def test_first_appointee_right_after_the_verbs_colon():
    """任命：张某为县财政局局长；刘某为…  免去：赵某的…职务: the first item right after the colon takes
    the verb before it, as the items after ； do (was: only 刘某)."""
    got = held_posts(extract_text("人事任免\n任命：张建国为县财政局局长；刘海燕为县教育局局长。\n"
                                  "免去：赵志刚的县财政局局长职务。"))
    assert ("张建国", "县财政局", "局长", "appointed") in got
    assert ("刘海燕", "县教育局", "局长", "appointed") in got
    assert ("赵志刚", "县财政局", "局长", "removed") in got
    assert not held_posts(extract_text("县委召开会议\n出席会议的有：王刚为大家作报告。"))


def test_head_of_an_international_organisation():
    """联合国秘书长古特雷斯, 世界卫生组织总干事谭德塞: after an international organisation and a post
    of its own (秘书长, 总干事) the transliterated name is a person holding that post."""
    got = held_posts(extract_text("新华社电\n联合国秘书长古特雷斯表示欢迎。世界卫生组织总干事谭德塞出席会议。"))
    assert ("古特雷斯", "联合国", "秘书长", None) in got
    assert ("谭德塞", "世界卫生组织", "总干事", None) in got
    assert not _persons(extract_text("新华社电\n联合国大会主席团成员发言。"))


def test_head_of_a_foreign_city_or_state():
    """旧金山市市长布里德, 加州州长纽森: after a foreign city or state and its head's post, the
    transliterated name is a person (the state's head holds its post there)."""
    doc = extract_text("外交部消息\n美国加利福尼亚州旧金山市市长布里德宣布将访问中国。加州州长纽森表示欢迎。")
    assert {"布里德", "纽森"} <= _persons(doc)
    assert any(n == "纽森" and post == "州长" for n, _, post, _ in held_posts(doc))


def test_you_after_de_opens_no_body():
    """出席会议的有县委书记王某: 有 is the verb of the list of those present, no part of the body
    (was 有县委); a body that opens with 有 after it keeps it (的有|有色金属工业协会)."""
    got = held_posts(extract_text("县里召开会议\n出席会议的有县委书记王刚，县人大常委会主任赵强等。"))
    assert ("王刚", "县委", "书记", None) in got
    got = held_posts(extract_text("座谈会召开\n参加座谈的有有色金属工业协会会长王刚等。"))
    assert ("王刚", "有色金属工业协会", "会长", None) in got
