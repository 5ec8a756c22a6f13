package org.tongbao.notice;

/**
 * What a paragraph of the notice is, so that each renderer (.docx, .odt) can lay it out by
 * {@link NoticeLayout#look} without knowing how its words were made.
 */
public enum ParagraphRole {
    /** The line above the organ name: issuing office on the left, date on the right. */
    HEADER,
    /** The issuing organ's name (发文机关标志), centred above the title. */
    ORGAN,
    /** The title (关于…的通报): 2号 小标宋, centred. */
    TITLE,
    /** Ordinary body text: 3号 仿宋, first line indented two characters. */
    BODY,
    /** First-level heading 一、: 黑体. */
    HEADING_1,
    /** Second-level heading （一）: 楷体. When it opens a paragraph, the rest of that paragraph follows it in 仿宋. */
    HEADING_2,
    /** A numbered item 1．…: body font. */
    ITEM,
    /** The 附件：… line, one blank line below the body. */
    ATTACHMENT_NOTE,
    /** Signature and date at the end (署名, 成文日期). */
    SIGNATURE
}
