"""Programmes on unseen text (programmes11): meetings that deploy a work (…动员部署会议, …部署会),
held by telephone or video (…电视电话会议, …视频工作会), and the round of a recurring meeting
(第二轮…, 第四次…), which is no part of its name."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_deployment_meeting_is_named():
    """召开第二轮巡察工作动员部署会议: 部署 in the head word does not break the name (it does before
    it: 召开会议部署…工作 names no meeting), and the round is no part of the name."""
    progs, rels = programmes_and_relations(
        "莒南县召开巡察工作动员部署会议\n9月5日，莒南县在县会议中心召开第二轮巡察工作动员部署会议。"
        "县委召开常委会议部署巡察工作。")
    assert "巡察工作动员部署会议" in progs
    assert not {p for p in progs if p.startswith("第二轮")}
    assert ("巡察工作动员部署会议", "implementedIn", "莒南县") in rels


def test_video_meeting_held_by_a_department():
    """四川省交通运输厅召开…第三次例行视频工作会: a meeting held by video is named, run by the body
    that 召开s it; 全省…电视电话会议 likewise."""
    progs, rels = programmes_and_relations(
        "省交通运输厅部署春运工作\n2月2日下午，甘肃省交通运输厅召开春运保障第三次例行视频工作会。"
        "随后，甘肃省应急管理厅召开全省安全生产电视电话会议。")
    assert {"春运保障第三次例行视频工作会", "全省安全生产电视电话会议"} <= progs
    assert ("甘肃省交通运输厅", "runs", "春运保障第三次例行视频工作会") in rels


def test_inspection_campaign_and_yearly_publicity_month():
    """开展…专项督查行动 and 开展第十九个…宣教月活动 name campaigns, run by the body that 开展s them;
    the edition of a yearly campaign (第十九个) is no part of its name."""
    progs, rels = programmes_and_relations(
        "石首市纪委监委扎实推进宣传教育\n今年来，石首市纪委监委扎实开展第二十个党风廉政建设宣教月活动。"
        "4月21日，石首市继续开展乡村人居环境整治街巷硬化专项督查行动。")
    assert {"党风廉政建设宣教月活动", "乡村人居环境整治街巷硬化专项督查行动"} <= progs
    assert not {p for p in progs if p.startswith("第二十个")}
    assert ("石首市纪委监委", "runs", "党风廉政建设宣教月活动") in rels
