"""Round 67 (street67): 街道 and 社区 news of the four municipalities (北京 双井/八里庄街道, 上海 江苏路/陆家嘴街道,
天津 大寺镇/胡家园/寨上街道/大港街, 重庆 南岸区长生桥镇) from fresh texts of /tmp/s26/fresh/street67.  Fixes: a
community right after its street written again alone, the street found by its repeat only (大港街|三春里社区:
the repeat of streets now runs before the communities are chained too); a community after 家住 (where somebody
lives) and one opening its clause before its grid worker (德阳里社区网格员); 网格员 a post held in the community
before it; 基层, 下辖, 所辖, 老旧 before 社区 name a kind of community, no community (天津基层社区, 设在下辖社区);
还有 (there are also) opens no indicator (还有残疾人223人); 主动 and 赴任 after the people counted end their noun
(200余名志愿者主动响应号召 → 志愿者); a community opening a sentence after a quotation's end, its stem up to six
characters (”西总布胡同社区党委书记李晓康介绍, 西黄城根南街社区); Shanghai's 居民区 right after its street a community
(陆家嘴街道东园一居民区, was a Place 东园); a community's amateur team (舞蹈队, 合唱团, 志愿服务队) an organisation, no agency;
各种/各类 after the things counted open a second noun (16个区各种类型基层社区 → 区); a caption closed by a news agency's credit (…。新华社发) is not joined to the
next paragraph."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _rels(doc, pred: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations if r.predicate == pred}


def test_a_community_after_its_street_written_again_alone():
    """08-tj-dagang-volunteers (经济日报, 天津滨海新区大港街): 天津滨海新区大港街…记者在大港街三春里社区采访时了解到
    (base: no 三春里社区; the second 大港街 was read by the repeat of townships, after the communities)."""
    doc = extract_text("大港街“十大员”志愿者全覆盖\n近年来,天津滨海新区大港街不断创新管理模式。"
                       "记者在大港街三春里社区采访时了解到,该社区地处老城区位置。")
    assert "三春里社区" in _places(doc), _places(doc)
    assert ("三春里社区", "大港街道") in _rels(doc, "partOf"), _rels(doc, "partOf")


def test_a_community_where_somebody_lives():
    """01-bj-shuangjing-hotline (北京晚报, 朝阳区双井街道): 有位家住百子园社区的老人 (base: no 百子园社区; 家住 was
    no verb of place)."""
    doc = extract_text("邻里热线马上办\n北京市朝阳区双井街道开通邻里热线。比如有位家住百子园社区的老人,儿女不在身旁,打了热线。")
    assert "百子园社区" in _places(doc), _places(doc)


def test_a_community_before_its_grid_worker_who_holds_the_post():
    """07-tj-zhaishang-live (新华社, 天津滨海新区寨上街道): 今年大年初三,德阳里社区网格员薄楠在买菜时发现…
    (base: neither the community nor the person)."""
    doc = extract_text("老寨新招激活治理暖意\n天津市滨海新区寨上街道开展社区直播。今年大年初三,德阳里社区网格员薄楠在买菜时,"
                       "发现邻居家中管道跑水。")
    assert "德阳里社区" in _places(doc), _places(doc)
    assert ("薄楠", "德阳里社区") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    plain = extract_text("网格化管理\n北京市朝阳区推进网格化管理。全区网格员深入社区走访,网格员每天巡查两次。")
    assert not _rels(plain, "holdsPost"), _rels(plain, "holdsPost")
    assert not {e.name for e in plain.entities.values() if e.type == "Person"}


def test_grassroots_and_subordinate_communities_are_no_names():
    """05-tj-dasi-town (新华网): 天津基层社区党群服务中心变身居民幸福港湾; 01-bj-shuangjing-hotline: 13组设在下辖
    社区的热线 (base: Places 基层社区 and 下辖社区, the first partOf 天津市)."""
    doc = extract_text("天津基层社区党群服务中心变身居民幸福港湾\n天津市西青区大寺镇的多个社区党群服务中心成为服务空间。")
    assert "基层社区" not in _places(doc) and "大寺镇" in _places(doc), _places(doc)
    doc = extract_text("邻里热线\n北京市朝阳区双井街道开通邻里热线。1组设在街道指挥中心的热线,加上13组设在下辖社区的热线,"
                       "共同构成了这一体系。")
    assert "下辖社区" not in _places(doc), _places(doc)
    named = extract_text("社区走访\n天津市西青区大寺镇开展走访。工作人员来到福特纳湾社区走访居民。")
    assert "福特纳湾社区" in _places(named), _places(named)


def test_there_are_also_opens_no_indicator():
    """03-sh-jiangsulu-elevator (网易, 上海长宁区江苏路街道): 此外,还有残疾人223人、重残无业人员7人 (base: the
    indicator 还有残疾人)."""
    doc = extract_text("老小区加装电梯\n上海市长宁区江苏路街道长新小区现有居民1200户。此外,还有残疾人223人、重残无业人员7人。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("残疾人", 223) in got and ("重残无业人员", 7) in got, got


def test_an_adverb_or_taking_up_a_post_ends_the_noun_counted():
    """06-tj-hujiayuan-secretary (央广网, 天津滨海新区胡家园街道): 200余名志愿者主动响应号召…; 两位社区党组织书记
    赴任新岗位后,迅速进入角色 (base: indicators 志愿者主动响应号召 and 社区党组织书记赴任新岗位后)."""
    doc = extract_text("社区书记岗位交流\n天津市滨海新区胡家园街道探索社区书记岗位交流机制。200余名志愿者主动响应号召,认领政策宣讲"
                       "等服务岗位;两位社区党组织书记赴任新岗位后,迅速进入角色。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("志愿者", 200) in got and ("社区党组织书记", 2) in got, got
    kept = extract_text("主动服务\n河北省邱县今年推出3个主动服务项目,建成2个现代高效农业园区。")
    got = {(m.indicator, m.value) for m in kept.metrics}
    assert ("主动服务项目", 3) in got and ("现代高效农业园区", 2) in got, got


def test_a_community_of_a_long_name_opening_a_sentence_after_a_quotation():
    """10-bj-xizongbu-hutong (北京日报, 东城区建国门街道): “…统一开展工作。”西总布胡同社区党委书记李晓康介绍 (base: no
    community and no post: the sentence opened after a quotation's end, and the stem ran to five characters);
    a street's long name (西黄城根南街社区, six characters) likewise."""
    doc = extract_text("胡同不停车\n北京市东城区建国门街道启动胡同整治。“两个楼房自管会统一开展工作。”西总布胡同社区党委书记李晓康介绍。")
    assert "西总布胡同社区" in _places(doc), _places(doc)
    assert ("李晓康", "西总布胡同社区党委") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    doc = extract_text("社区治理\n北京市西城区西长安街街道推进治理。西黄城根南街社区党委书记王敏介绍,社区有居民3000人。")
    assert "西黄城根南街社区" in _places(doc), _places(doc)
    kind = extract_text("社区治理\n北京市推进治理。全面加强城市社区党委建设,老旧小区社区居民积极参与。")
    assert _places(kind) == {"北京市"}, _places(kind)


def test_a_shanghai_residents_area_after_its_street_is_a_community():
    """04-sh-meihao-shequ (人民网上海, 浦东新区陆家嘴街道), 03-sh-jiangsulu-elevator (长宁区江苏路街道): 陆家嘴街道东园一
    居民区是…老旧小区; 江苏路街道长新居民区党总支书记赵惠萍 (base: a Place 东园, and no 长新居民区)."""
    doc = extract_text("美好社区 先锋行动\n上海市浦东新区陆家嘴街道东园一居民区是位于陆家嘴最美天际线下的老旧小区,租户多。")
    assert "东园一居民区" in _places(doc) and "东园" not in _places(doc), _places(doc)
    assert ("东园一居民区", "陆家嘴街道") in _rels(doc, "partOf"), _rels(doc, "partOf")
    doc = extract_text("加装电梯\n上海市长宁区江苏路街道长新居民区党总支书记赵惠萍介绍,小区现有居民1200户。")
    assert ("长新居民区", "江苏路街道") in _rels(doc, "partOf"), _rels(doc, "partOf")
    kind = extract_text("旧改\n北京市朝阳区八里庄街道老旧居民区改造启动。某街道各居民区开展活动。")
    assert _places(kind) == {"北京市", "朝阳区", "八里庄街道"}, _places(kind)


def test_a_community_s_amateur_team_is_an_organisation():
    """05-tj-dasi-town (新华网, 天津西青区大寺镇): 福特纳湾社区舞蹈队队长王冬梅对此感受明显 (base: an Agency
    福特纳湾社区舞蹈队, the body of the post 队长)."""
    doc = extract_text("社区空间改造\n天津市西青区大寺镇福特纳湾社区改造闲置空间。福特纳湾社区舞蹈队队长王冬梅对此感受明显。")
    kinds = {e.name: e.type for e in doc.entities.values()}
    assert kinds.get("福特纳湾社区舞蹈队") == "Organization", kinds
    assert ("王冬梅", "福特纳湾社区舞蹈队") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_a_determiner_of_kinds_ends_the_noun_counted():
    """04-sh-meihao-shequ (人民网上海): 175个社区项目覆盖了上海全市16个区各种类型基层社区的治理难点痛点 (base: the
    indicator 区各种类型基层社区)."""
    doc = extract_text("美好社区 先锋行动\n今年,175个社区项目覆盖了上海全市16个区各种类型基层社区的治理难点痛点。"
                       "全市新增8个各类市场主体服务站。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("区", 16) in got and ("社区项目", 175) in got, got
    assert ("各类市场主体服务站", 8) in got, got


def test_a_news_agency_s_photo_credit_closes_its_caption():
    """05-tj-dasi-town (新华网): 5月12日,天津市西青区大寺镇福特纳湾社区,居民正在进行舞蹈练习。新华社发⏎福特纳湾社区
    舞蹈队队长王冬梅… (base: the credit line joined to the next paragraph, 新华社发福特纳湾…, so the team read
    特纳湾社区舞蹈队 once it is an organisation)."""
    doc = extract_text("社区空间改造\n天津市西青区大寺镇福特纳湾社区改造闲置空间。\n\n5月12日,天津市西青区大寺镇福特纳湾社区,"
                       "居民正在进行舞蹈练习。新华社发\n\n福特纳湾社区舞蹈队队长王冬梅对此感受明显。")
    assert "新华社发福特纳湾" not in doc.articles[0].text, doc.articles[0].text
    assert "福特纳湾社区舞蹈队" in {e.name for e in doc.entities.values() if e.type == "Organization"}
