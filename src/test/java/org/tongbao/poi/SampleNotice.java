package org.tongbao.poi;

import static org.tongbao.notice.ParagraphRole.ATTACHMENT_NOTE;
import static org.tongbao.notice.ParagraphRole.BODY;
import static org.tongbao.notice.ParagraphRole.HEADER;
import static org.tongbao.notice.ParagraphRole.HEADING_1;
import static org.tongbao.notice.ParagraphRole.ITEM;
import static org.tongbao.notice.ParagraphRole.ORGAN;
import static org.tongbao.notice.ParagraphRole.SIGNATURE;
import static org.tongbao.notice.ParagraphRole.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;

/**
 * A notice made by hand after the shape of the reference notice (Yunyang, year-end 2022), with
 * an attachment table of 60 rows so that it runs over several pages. Shared by the docx and the
 * office conversion tests.
 */
public final class SampleNotice {

    public static final String TITLE_TEXT = "关于2022年政府工作报告目标任务\n完成情况的通报";
    public static final String ITEM_1 = "1．县发展改革委牵头的地区生产总值557.7亿元，同比增长4.7%，较全市2.6%的平均增速高2.1个百分点，增速全市第一。（2022年政府工作报告目标任务）";
    public static final String ATTACHMENT_TITLE = "2022年政府工作报告目标任务完成情况表";
    public static final int ATTACHMENT_ROWS = 60;

    private SampleNotice() {
    }

    public static NoticeDocument notice() {
        List<NoticeParagraph> p = new ArrayList<>();
        p.add(NoticeParagraph.of(HEADER, "云阳县人民政府督查办\t2023年2月27日"));
        p.add(NoticeParagraph.of(ORGAN, "云阳县人民政府督察办公室"));
        p.add(NoticeParagraph.of(TITLE, TITLE_TEXT));
        p.add(NoticeParagraph.of(BODY, "县政府督查办对2022年政府工作报告目标任务落实情况进行了跟踪督促，现将具体情况通报如下。"));
        p.add(NoticeParagraph.of(HEADING_1, "一、总体情况"));
        p.add(NoticeParagraph.of(BODY, "县政府督查办按照“落实一件、销号一件”的原则，持续对2022年政府工作报告目标任务175件事项进行跟踪督促。截至目前，已完成170项，占总任务数的97.1%，其中13件事项成效明显；未完成事项5项，占总任务数的2.9%。（详见附件）"));
        p.add(NoticeParagraph.of(HEADING_1, "二、工作成效明显的13个事项"));
        p.add(NoticeParagraph.of(ITEM, ITEM_1));
        p.add(NoticeParagraph.of(ITEM, "2．县发展改革委牵头的全社会固定资产投资增长17.7%，较全市0.7%的平均增速高17个百分点，增速全市第一。（2022年政府工作报告目标任务）"));
        p.add(NoticeParagraph.of(ITEM, "3．县农业农村委牵头的农业增加值增长74.3亿元，同比增长6.3%，较全市4.7%的平均增速高1.6个百分点，增速全市第一。（2022年政府工作报告目标任务）"));
        p.add(NoticeParagraph.of(ITEM, "4．县人力社保局、县农业农村委牵头的城乡居民人均可支配收入27572元，同比增长11.7%，增速全市第四、组内第一。（2022年政府工作报告目标任务）"));
        p.add(NoticeParagraph.of(ITEM, "5．县财政局牵头的一般公共预算收入18.1亿元，同比增长0.3%，较全市－8%的平均增速高8.3个百分点。（2022年政府工作报告目标任务）"));
        p.add(NoticeParagraph.of(HEADING_1, "三、下步工作要求"));
        p.add(heading2("（一）提高工作认识。", "要进一步提高政治站位，提能升级、实干争先，对政府工作报告中所交办的目标任务及时分解、及时行动、及时调度，认真总结先进经验和典型做法，确保各项目标任务办理高质高效、落实落地。"));
        p.add(heading2("（二）加强统筹协调。", "各责任单位要深化服务意识，强化信息共享，对本单位可以办理的问题要第一时间予以解决；需多个单位协调配合解决的问题，要及时报请县政府予以统筹调度。"));
        p.add(heading2("（三）强化工作闭环。", "各责任单位要对2023年政府工作报告年度目标任务切实做到细化量化、层层放大，明确工作目标，细化工作举措，确保各项目标任务在规定时限内取得明显实效。"));
        p.add(NoticeParagraph.of(ATTACHMENT_NOTE, "附件：" + ATTACHMENT_TITLE));
        p.add(NoticeParagraph.of(SIGNATURE, "云阳县人民政府督查办"));
        p.add(NoticeParagraph.of(SIGNATURE, "2023年2月27日"));
        return new NoticeDocument(p, attachment());
    }

    private static NoticeParagraph heading2(String lead, String rest) {
        return new NoticeParagraph(ParagraphRole.HEADING_2, lead, lead + rest);
    }

    public static AttachmentTable attachment() {
        List<String> header = List.of("序号", "目标任务", "牵头单位", "目标值", "完成值", "完成状态", "完成情况说明", "任务来源");
        String[] leads = {"县发展改革委", "县财政局", "县商务委", "县交通局", "县农业农村委", "县市场监管局", "县林业局"};
        String[] states = {"已完成", "已完成", "超进度", "已完成", "未完成"};
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "地区生产总值增长6%", "县发展改革委", "6%", "4.7%", "已完成",
                "地区生产总值557.7亿元，同比增长4.7%，较全市2.6%的平均增速高2.1个百分点，增速全市第一。", "2022年政府工作报告目标任务"));
        for (int i = 2; i <= ATTACHMENT_ROWS; i++) {
            rows.add(List.of(String.valueOf(i), "完成第" + i + "项重点任务，推进项目建设", leads[i % leads.length],
                    (10 + i) + "亿元", (9 + i) + ".5亿元", states[i % states.length],
                    "截至年底完成投资" + (9 + i) + ".5亿元，项目按计划推进。", "2022年政府工作报告目标任务"));
        }
        return new AttachmentTable("附件", ATTACHMENT_TITLE, header, rows);
    }
}
