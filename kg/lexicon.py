"""Built-in lexicons for names of Chinese government bodies, and the user dictionary loader.

Agency names are compositional: a scope (a place, or 市/县/省 relative to the article's place),
an optional organ (委, 人民政府 …), a department stem (财政, 人力资源和社会保障 …) and a
unit suffix (局, 委员会, 支队 …).  The stems below are the standard department names of
provincial, city and county governments and party committees (with their customary short forms),
so that names are recognised by grammar rather than listed one by one.  Users add what the
grammar cannot know (a company, a named project, a local unit) with a user dictionary.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import ENTITY_TYPES

# department stems of governments (full names and customary short forms)
GOV_STEMS = (
    "发展和改革", "发展改革", "发改", "教育", "教育和体育", "教体", "科学技术", "科技", "工业和信息化", "工信",
    "经济和信息化", "经济信息化", "经信", "科学技术和工业信息化", "科技和工业信息化", "商务和投资促进", "投资促进",
    "城市管理和综合执法", "大数据发展管理", "数据资源管理", "行政审批服务", "住房保障和房产管理",
    "民族宗教事务", "民族宗教", "民宗", "公安", "国家安全", "民政", "司法", "财政", "人力资源和社会保障", "人力资源社会保障", "人社",
    "自然资源和规划", "自然资源", "生态环境", "环境保护", "环保", "住房和城乡建设", "住房城乡建设", "住建",
    "交通运输", "交通", "水利", "水务", "农业农村", "农业", "商务", "文化和旅游", "文化广电和旅游", "文广旅", "文旅",
    "卫生健康", "卫生和计划生育", "卫健", "退役军人事务", "应急管理", "审计", "外事", "外事办",
    "国有资产监督管理", "国资", "市场监督管理", "市场监管", "体育", "统计", "医疗保障", "医保", "信访",
    "行政审批", "城市管理综合行政执法", "城市管理", "城管", "综合行政执法", "林业", "林业和草原", "粮食和物资储备",
    "地方金融监督管理", "地方金融监管", "金融", "数据和政务服务", "政务服务管理", "政务服务", "大数据", "税务", "气象",
    "地震", "档案", "机关事务管理", "机关事务", "人民防空", "人防", "乡村振兴", "扶贫开发", "扶贫", "侨务",
    "台湾事务", "广播电视", "新闻出版", "国土资源", "城乡规划", "规划", "粮食", "供销", "邮政管理", "烟草专卖",
    "文物", "知识产权", "移民", "住房公积金管理", "公共资源交易", "网信", "编制", "市政", "园林", "营商环境",
    # police and enforcement units
    "公安交通警察", "公安交警", "交通警察", "交巡警", "交警", "巡警", "特警", "刑警", "治安", "消防救援", "消防",
    "生态环境执法", "环境执法", "综合执法", "城管执法", "交通运输综合执法", "市场监管综合执法",
    # public institutions run by a department
    "疾病预防控制", "疾控", "卫生健康综合监督执法", "卫生监督", "综合监督执法", "监督执法", "融媒体", "妇幼保健",
    "急救", "不动产登记", "社会保险事业管理", "社会保险", "社保", "就业服务", "公共就业服务", "医疗保险",
    "农村经济管理", "人才交流服务", "住房保障", "房产管理", "房管", "城乡规划设计",
)
# people's organisations (群团组织) named after their scope: 市总工会, 县妇联 …
MASS_ORGS = ("总工会", "工会", "妇女联合会", "妇联", "残疾人联合会", "残联", "科学技术协会", "科协",
             "文学艺术界联合会", "文联", "工商业联合会", "工商联", "红十字会", "归国华侨联合会", "侨联",
             "社会科学界联合会", "社科联", "慈善总会", "青年联合会", "青联", "志愿者协会", "作家协会", "企业家协会")
# departments of party committees (市委宣传部 …) and of governments' own offices
PARTY_STEMS = ("宣传", "组织", "统战", "统一战线工作", "政法", "政策研究", "政研", "督查", "巡察", "网信",
               "编", "农", "直属机关工作", "老干部", "机要", "保密", "党史研究", "党校", "台", "外事", "信访",
               "文明", "精神文明建设")

# unit suffixes after a stem, longest first
UNIT_SUFFIXES = ("领导小组办公室", "委员会办公室", "管理委员会", "委员会", "办公室", "办公厅", "督查室", "研究室",
                 "总局", "分局", "局", "厅", "委", "办", "部", "署", "总队", "支队", "大队", "中队", "派出所",
                 "服务中心", "管理中心", "指挥中心", "中心", "管理处", "处", "站", "所", "院", "队")
# suffixes that make an agency whatever the stem is (工作指导组, 领导小组 …), after a scope
STRONG_SUFFIXES = ("领导小组办公室", "工作领导小组", "领导小组", "工作指导组", "指导组", "工作组", "督查组",
                   "督导组", "巡察组", "工作专班", "指挥部", "联席会议办公室", "管理委员会", "委员会", "管委会",
                   "筹备组")
# organs a scope can head directly (邯郸市人民政府, 市委, 省政府 …)
ORGANS = ("人民政府", "政府", "人民代表大会常务委员会", "人大常委会", "人大", "政协", "纪委监委", "纪委", "监委",
          "中级人民法院", "人民法院", "法院", "人民检察院", "检察院", "党工委", "党委", "办事处",
          "管理委员会", "管委会", "委")
# stems that name the bureau on their own after a scope (市财政设立… = 市财政局)
BARE_STEMS = {"财政": "局", "公安": "局", "税务": "局", "审计": "局"}
# short form → standard form, so that 人社局 and 人力资源和社会保障局 are one entity
CANONICAL_STEMS = {
    "人社": "人力资源和社会保障", "人力资源社会保障": "人力资源和社会保障", "发改": "发展和改革",
    "发展改革": "发展和改革", "住建": "住房和城乡建设", "住房城乡建设": "住房和城乡建设", "卫健": "卫生健康",
    "市场监管": "市场监督管理", "文旅": "文化和旅游", "工信": "工业和信息化", "教体": "教育和体育",
    "民宗": "民族宗教事务", "经信": "经济和信息化", "经济信息化": "经济和信息化",
}
CANONICAL_SUFFIX = {("发展和改革", "委"): "委员会", ("卫生健康", "委"): "委员会"}

# national bodies named without a scope
NATIONAL = ("国务院办公厅", "国务院", "党中央", "中共中央", "全国人大常委会", "全国人大", "全国政协", "国家防总",
            "中央军委", "最高人民法院", "最高人民检察院", "国家发展改革委", "国家卫生健康委")
NATIONAL_MINISTRIES = ("外交", "国防", "教育", "科学技术", "科技", "工业和信息化", "工信", "公安", "民政", "司法",
                       "财政", "人力资源和社会保障", "人力资源社会保障", "自然资源", "生态环境", "住房和城乡建设",
                       "住房城乡建设", "交通运输", "水利", "农业农村", "商务", "文化和旅游", "退役军人事务",
                       "应急管理", "国家安全", "民族事务")

# organisations: unit suffixes (companies, universities, institutes, media …)
ORG_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司", "农民专业合作社",
                "合作社", "银行", "大学", "学院", "科学院", "研究院", "研究所", "重点实验室", "实验室", "医院",
                "协会", "商会", "基金会", "学会", "联合会", "日报社", "日报", "晚报", "电视台", "出版社")
# facility types named after the community/village/township they serve
FACILITY_SUFFIXES = ("新时代文明实践站", "新时代文明实践所", "文明实践站", "文明实践所", "党群服务中心",
                     "社区服务站", "服务站", "服务中心", "卫生服务站", "卫生室", "卫生院", "养老服务中心",
                     "幸福院", "敬老院", "文化活动中心", "活动中心", "综合文化服务中心", "便民服务中心")

# head words after a quoted name that make it a programme: (word, modifier characters allowed between)
PROGRAMME_HEADS = (
    ("项目", 4), ("活动", 6), ("行动", 4), ("工程", 4), ("计划", 4), ("机制", 4), ("模式", 4), ("标准", 2),
    ("品牌", 2), ("制度", 2), ("工作法", 2), ("宣讲", 2), ("志愿服务", 0), ("服务", 0), ("平台", 2),
    ("体系", 2), ("专项", 0), ("工作室", 0), ("示范", 0), ("改革", 2), ("战略", 2), ("大赛", 2),
    ("竞赛", 2), ("评选", 2), ("系列", 0), ("培训", 0), ("志愿帮扶", 0), ("文化惠民", 0),
)
# verbs of running right before a quoted name (推出“爱心存折”项目, 开展“…”活动)
RUN_VERBS = ("推出", "开展", "实施", "打造", "组织", "依托", "启动", "举办", "发起", "创建", "推行", "实行",
             "推广", "深化", "参与", "参加", "承办", "主办", "开设", "策划", "创新推出", "积极开展", "持续开展",
             "深入开展", "常态化开展", "组织开展", "通过")
# verbs of issuing a policy document or running a programme after an agency subject
ISSUE_VERBS = ("出台", "印发", "制定", "发布", "下发", "颁布", "编制完成了", "编制完成", "编制", "修订", "起草",
               "推出", "开展", "实施", "启动", "举办", "组织", "通过", "实行", "依托", "发起", "推行", "打造")
# 《…》 titles that are policy documents (not books or newspapers)
POLICY_HEADS = ("措施", "办法", "方案", "意见", "通知", "规定", "规划", "计划", "条例", "决定", "细则", "纲要",
                "报告", "标准", "指南", "目录", "清单", "制度", "修正案", "预案", "公告", "通告", "决议", "规则",
                "守则", "章程", "政策", "行动", "要点", "批复", "函", "法")


# --------------------------------------------------------------------------- user dictionary

@dataclass
class UserEntry:
    """One user-dictionary entry: a name of a given type, its aliases, optional code and parent."""
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    parent: str | None = None


def _split_aliases(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [a.strip() for a in str(value).replace("，", ",").replace("|", ",").replace(";", ",").split(",")
            if a.strip()]


def _entry(row: dict, where: str) -> UserEntry:
    name = str(row.get("name") or "").strip()
    typ = str(row.get("type") or "").strip()
    if not name:
        raise ValueError(f"{where}: entry without a name")
    if typ not in ENTITY_TYPES:
        raise ValueError(f"{where}: type {typ!r} of {name!r} is not one of {', '.join(ENTITY_TYPES)}")
    return UserEntry(name, typ, _split_aliases(row.get("aliases")),
                     (str(row["code"]).strip() or None) if row.get("code") else None,
                     (str(row["parent"]).strip() or None) if row.get("parent") else None)


def load_user_dict(path: str | Path) -> list[UserEntry]:
    """Read a user dictionary: JSON (a list of objects, or {"entries": [...]}) or TSV with a
    header row `name  type  aliases  code  parent` (aliases separated by commas or |).
    A TSV without a header is read as name, type, aliases, code, parent; # starts a comment."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    entries: list[UserEntry] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        data = json.loads(text)
        if isinstance(data, dict):
            data = data.get("entries", [])
        for i, row in enumerate(data):
            entries.append(_entry(row, f"{path}: entry {i + 1}"))
        return entries
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return entries
    cols = ["name", "type", "aliases", "code", "parent"]
    first = [c.strip().lower() for c in lines[0].split("\t")]
    if "name" in first and "type" in first:
        cols, lines = first, lines[1:]
    for i, row in enumerate(csv.reader(lines, delimiter="\t")):
        entries.append(_entry(dict(zip(cols, row)), f"{path}: line {i + 1}"))
    return entries


# --------------------------------------------------------------------------- data tables

_LEXICON_DIR = Path(__file__).parent / "resources" / "lexicon"


def load_table(name: str) -> list[dict]:
    """Rows of kg/resources/lexicon/NAME.tsv as dicts keyed by its header line.

    UTF-8 TSV; blank lines and lines starting with # are skipped; missing trailing cells are ''.
    Vocabulary lives in these files so that it can be extended without touching code."""
    path = _LEXICON_DIR / f"{name}.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: cannot read lexicon table ({e.__class__.__name__})") from e
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise ValueError(f"{path}: lexicon table without a header line")
    header = [c.strip() for c in lines[0].split("\t")]
    rows = []
    for ln in lines[1:]:
        cells = [c.strip() for c in ln.split("\t")]
        rows.append({h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)})
    return rows
