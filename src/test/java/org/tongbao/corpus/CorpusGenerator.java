package org.tongbao.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongbao.sample.FixedZip;

/**
 * Writes the corpus of completion tables shaped as other offices make them (not Yunyang's)
 * into {@code src/test/resources/corpus/}: what each office expects its notice to say is in
 * that folder's README.md. All figures are invented, plausible for the office named.
 *
 * <p>Each table is a recipe, one line per sheet row, cells separated by {@code |}. The first
 * field is the row kind: {@code T} title (merged over the table's width), {@code H} header,
 * {@code R} body row, {@code +} a further indicator row of the task above (its task-level
 * columns, listed by the {@code G} line, are merged down), {@code C} category row (merged),
 * {@code B} blank row, {@code N} note (merged). Other lines: {@code M|A3:A4} an extra merge,
 * {@code G|A,B,C} the task-level columns, {@code S|key|value} a row of the 通报设置 sheet,
 * {@code #|name} the table's sheet name. A cell that is a plain ASCII decimal becomes a
 * number; a leading apostrophe forces text; anything else is text as written.
 *
 * <p>Usage: {@code CorpusGenerator [outputFolder]}, default {@code src/test/resources/corpus}.
 * The bytes are the same on every run of a given POI and JDK.
 */
public final class CorpusGenerator {

    public static final Path DEFAULT_OUTPUT = Path.of("src/test/resources/corpus");
    static final String SETTINGS_SHEET = "通报设置";

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Zip entries and document dates carry this fixed stamp so the bytes never change. */
    private static final LocalDateTime STAMP = LocalDateTime.of(2024, 1, 15, 9, 0);

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Files.createDirectories(out);
        for (Map.Entry<String, String> table : tables().entrySet()) {
            Path file = out.resolve(table.getKey());
            Files.write(file, workbook(table.getKey(), table.getValue()));
            System.out.println("wrote " + file);
        }
        Files.createDirectories(out.resolve(COMPARE_FOLDER));
        for (Map.Entry<String, String> table : comparePair().entrySet()) {
            Path file = out.resolve(COMPARE_FOLDER).resolve(table.getKey());
            Files.write(file, workbook(table.getKey(), table.getValue()));
            System.out.println("wrote " + file);
        }
    }

    /** The pair for compare and notice --previous, in a folder of its own beside the corpus. */
    public static final String COMPARE_FOLDER = "compare";

    /** File name → recipe: the previous table (1-3月) first, then the one compared with it (1-6月). */
    static Map<String, String> comparePair() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("xian-pengshui-2024-q1.xlsx", PENGSHUI_Q1);
        t.put("xian-pengshui-2024-h1.xlsx", PENGSHUI_H1);
        return t;
    }

    /** File name → recipe, in the order of the README. */
    static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("xian-fengdu-2023.xlsx", FENGDU);
        t.put("xian-pengxi-2023.xlsx", PENGXI);
        t.put("xian-daying-2023.xlsx", DAYING);
        t.put("minsheng-2023.xls", MINSHENG);
        t.put("xian-zhongxian-2023.xls", ZHONGXIAN);
        t.put("biao-wubiaoti.xlsx", WUBIAOTI);
        t.put("xian-yilong-2023.xlsx", YILONG);
        t.put("qu-yubei-2023.xlsx", YUBEI);
        t.put("shi-suining-2023.xlsx", SUINING);
        t.put("xian-dianjiang-2023.xls", DIANJIANG);
        t.put("xian-quxian-2023.xlsx", QUXIAN);
        t.put("xian-chengkou-2023.xls", CHENGKOU);
        t.put("qu-nanan-minsheng-2023.xlsx", NANAN);
        t.put("xian-wuxi-2023.xlsx", WUXI);
        t.put("xian-shizhu-2024-q1.xlsx", SHIZHU_Q1);
        t.put("xian-fengjie-2024-h1.xlsx", FENGJIE_H1);
        t.put("qu-banan-2024-q3.xls", BANAN_Q3);
        t.put("shi-guangan-2024-11.xlsx", GUANGAN_11);
        t.put("xian-xiushan-2024-4.xlsx", XIUSHAN_4);
        return t;
    }

    // ------------------------------------------------------------------ the tables

    /** County; no 成效明显 column (the rule decides); a notable task with one target (24.9 of 20亿元). */
    static final String FENGDU = """
            #|完成情况表
            T|附件
            T|丰都县2023年政府工作报告目标任务完成情况表
            H|序号|目标任务|牵头单位|配合单位|指标|单位|目标值|完成值|同比增长(%)|全市平均增速(%)|全市排名|完成情况|完成情况说明
            G|A,B,C,D,L,M
            R|1|地区生产总值增长6.5%左右|县发展改革委|县统计局|地区生产总值|亿元||386.2|6.8|6.1|3|已完成|全县实现地区生产总值386.2亿元，同比增长6.8%，高于全市平均0.7个百分点，增速居全市第三。
            R|2|一般公共预算收入增长5%|县财政局|县税务局|一般公共预算收入|亿元||14.6|3.2|4.5|21|未完成|全县完成一般公共预算收入14.6亿元，同比增长3.2%；受房地产市场下行影响，土地相关税收减收；主要原因：契税、土地增值税同比减收1.1亿元。
            R|3|规模以上工业增加值增长8%|县经济信息委||规上工业增加值||||9.3|7.2|5|已完成|规模以上工业增加值同比增长9.3%，高于全市平均2.1个百分点。
            R|4|完成交通固定资产投资20亿元|县交通运输委||交通固定资产投资|亿元|20|24.9||||已完成|全年完成交通固定资产投资24.9亿元，超额完成年度目标。
            R|5|城乡居民人均可支配收入分别增长4.5%、7%|县人力社保局|县农业农村委|城镇居民人均可支配收入|元||43120|4.7|4.9|30|已完成|城镇、农村居民人均可支配收入分别达到43120元、19860元，分别增长4.7%、7.1%。
            +|||||农村居民人均可支配收入|元||19860|7.1|7.3|25||
            R|6|新增城镇就业4500人|县人力社保局||城镇新增就业|人|4500|4732||||已完成|全年城镇新增就业4732人。
            R|7|新建5G基站300个|县经济信息委|县通信发展办|5G基站|个|300|214||||未完成|已建成5G基站214个；受站址资源协调难、电力配套滞后影响，部分站点未能按期开通。
            R|8|推进城市更新，完成老旧小区改造40个|县住房城乡建委||老旧小区改造|个|40|44||||已完成|完成老旧小区改造44个，惠及居民3260户。
            R|9|创建国家全域旅游示范区|县文化旅游委|||||||||已完成|通过文化和旅游部验收，成功创建国家全域旅游示范区。
            """;

    /** County in Sichuan; no 指标 or 单位 column, figures typed with units, 责任单位 listing several units. */
    static final String PENGXI = """
            #|Sheet1
            T|附件1
            T|蓬溪县2023年政府工作报告重点目标任务完成情况统计表
            H|序号|目标任务|责任单位|目标值|完成值|同比增长|完成情况|是否成效明显|完成情况说明
            R|1|地区生产总值增长6.5%|县发展和改革局、县统计局||358.6亿元|6.9%|已完成|是|全县实现地区生产总值358.6亿元，同比增长6.9%，增速居全市第二。
            R|2|接待游客1500万人次|县文化广播电视和旅游局、县交通运输局|1500万人次|1680万人次|12.4%|已完成|是|全年接待游客1680万人次，实现旅游综合收入142.3亿元。
            R|3|常住人口城镇化率达到52%|县发展和改革局、县公安局|52%|52.6%||已完成|是|全县常住人口城镇化率达到52.6%，较上年提高1.3个百分点。
            R|4|社会消费品零售总额增长7%|县商务局||176.4亿元|8.2%|已完成|是|全县实现社会消费品零售总额176.4亿元，同比增长8.2%。
            R|5|新增市场主体4000户|县市场监督管理局|4000户|4362户||已完成||全年新增市场主体4362户。
            R|6|实际利用外资5000万美元|县投资促进局、县商务局|5000万美元|3150万美元||未完成||实际到位外资3150万美元；受外资企业投资意愿下降影响，2个签约项目资金未到位。
            R|7|粮食产量稳定在38万吨以上|县农业农村局|38万吨|38.6万吨||已完成||全县粮食总产量38.6万吨。
            R|8|新建高标准农田3万亩|县农业农村局、县财政局|3万亩|3.2万亩||已完成||新建高标准农田3.2万亩。
            """;

    /** County; two header rows with merged group cells (年度目标 / 1-12月完成 / 全市情况) over the figures. */
    static final String DAYING = """
            #|主要指标
            T|附件
            T|大英县2023年主要经济指标目标任务完成情况表
            H|序号|目标任务|牵头单位|单位|年度目标||1-12月完成||全市情况||完成情况|是否成效明显|完成情况说明
            H|||||目标值|目标增速(%)|完成值|同比增长(%)|全市平均增速(%)|全市排名|||
            M|A3:A4
            M|B3:B4
            M|C3:C4
            M|D3:D4
            M|E3:F3
            M|G3:H3
            M|I3:J3
            M|K3:K4
            M|L3:L4
            M|M3:M4
            R|1|地区生产总值增长6.5%|县发展和改革局|亿元||6.5|248.7|6.9|6.2|2|已完成|是|全县实现地区生产总值248.7亿元，同比增长6.9%，增速居全市第二。
            R|2|规模以上工业增加值增长8%|县经济和信息化局|||8||9.6|7.4|1|已完成|是|规模以上工业增加值同比增长9.6%，增速居全市第一。
            R|3|全社会固定资产投资增长8%|县发展和改革局|||8||5.1|4|9|未完成|否|受重大项目开工延迟影响，全年固定资产投资增速低于预期目标；主要原因：2个亿元以上工业项目受用地报批影响推迟至2024年开工。
            R|4|社会消费品零售总额增长7%|县商务局|亿元||7|98.3|7.8|7.5|6|已完成|否|全县实现社会消费品零售总额98.3亿元，同比增长7.8%。
            R|5|一般公共预算收入9.5亿元、增长5%|县财政局|亿元|9.5|5|10.2|8.1|6.3|4|已完成|是|全县完成一般公共预算收入10.2亿元，同比增长8.1%。
            R|6|城镇居民人均可支配收入增长5%|县人力资源和社会保障局|元||5|42860|5.3|5.1|7|已完成|否|城镇居民人均可支配收入42860元，同比增长5.3%。
            R|7|农村居民人均可支配收入增长7%|县农业农村局|元||7|20315|7.6|7|3|已完成|是|农村居民人均可支配收入20315元，同比增长7.6%，增速居全市第三。
            B
            N|注：1.增速按可比价计算；2.数据来源于县统计局统计快报。
            """;

    /** A county's 民生实事 (livelihood projects) list: 项目名称, 建设内容, 是否开工, 是否完工. */
    static final String MINSHENG = """
            #|民生实事
            T|附件
            T|2023年县级民生实事项目完成情况表
            H|序号|项目名称|建设内容|责任单位|是否开工|是否完工|完成情况
            R|1|城区学校扩容工程|新建县第三小学，新增学位1800个|县教育委、县住房城乡建委|是|是|已建成投用，秋季学期起招收学生1620人。
            R|2|县人民医院住院综合楼建设|建筑面积3.2万平方米，新增床位500张|县卫生健康委|是|否|主体结构已封顶，正在进行内部装修；受医疗设备招标流标影响，预计2024年6月投用。
            R|3|农村供水保障工程|新建改造集中供水工程12处，提升3.6万人饮水质量|县水利局|是|是|12处工程全部完工通水。
            R|4|老旧小区改造|改造老旧小区28个，惠及居民4100户|县住房城乡建委|是|是|完成改造28个，惠及居民4126户。
            R|5|城区停车场建设|新建公共停车位1500个|县城市管理局|是|是|建成公共停车位1536个。
            R|6|养老服务设施提升|改造提升乡镇敬老院6所，新建社区养老服务站10个|县民政局|是|是|6所敬老院改造完成，10个社区养老服务站投入运营。
            R|7|农村公路提档升级|完成农村公路提档升级120公里|县交通运输委|是|是|完成提档升级126公里。
            R|8|城区雨污分流改造|改造雨污分流管网35公里|县住房城乡建委、县生态环境局|是|否|完成管网改造27公里；主要原因：老城区管线迁改协调难度大，施工进度滞后。
            R|9|全民健身场地建设|新建社区健身广场8个、多功能运动场5个|县文化旅游委|是|是|建成社区健身广场8个、多功能运动场5个。
            R|10|城市公厕提升|新建改造城市公厕30座|县城市管理局|是|是|新建改造公厕31座。
            R|11|普惠托育服务|新增普惠托位300个|县卫生健康委|是|否|新增普惠托位210个；受托育机构场地改造审批影响，1个托育中心未能按期开园。
            R|12|社区老年食堂建设|建设社区老年食堂6个|县民政局|否|否|受选址变更影响，尚未开工，已完成方案设计。
            """;

    /** County; most tasks unfinished, each with its reason; 通报设置 lists them, completion to one decimal. */
    static final String ZHONGXIAN = """
            #|完成情况
            T|附件
            T|忠县2023年政府工作报告目标任务完成情况表
            H|序号|目标任务|牵头单位|指标|单位|目标值|完成值|完成情况|完成情况说明
            R|1|实际利用外资5亿美元|县商务委|实际利用外资|亿美元|5|2.89|未完成|实际到资2.89亿美元；受全球经济下行和外资企业投资意愿减弱影响，3个外资项目推迟落地；主要原因：签约项目资金到位率偏低。
            R|2|完成工业投资45亿元|县经济信息委|工业投资|亿元|45|36.2|未完成|全年完成工业投资36.2亿元；受原材料价格上涨影响，部分项目投资放缓；主要原因：2个新建项目环评审批延后。
            R|3|新增规上工业企业15家|县经济信息委|新增规上工业企业|家|15|9|未完成|新增规上工业企业9家；主要原因：部分企业产值未达到入规标准。
            R|4|城镇新增就业5000人|县人力社保局|城镇新增就业|人|5000|5126|已完成|全年城镇新增就业5126人。
            R|5|新建农村公路150公里|县交通局|新建农村公路|公里|150|118.5|未完成|全年新建农村公路118.5公里；受汛期强降雨影响，部分路段停工；主要原因：3个乡镇征地拆迁未完成。
            R|6|完成县污水处理厂提标改造|县生态环境局|||||未完成|受管网配套工程滞后影响，尚未完成调试运行；主要原因：设备采购招标两次流标。
            R|7|完成造林绿化10万亩|县林业局|造林绿化|万亩|10|10.3|已完成|全年完成造林绿化10.3万亩。
            R|8|引进亿元以上项目30个|县招商投资促进局|引进亿元以上项目|个|30|33|已完成|全年引进亿元以上项目33个。
            S|设置项|内容
            S|发文机关|忠县人民政府督查办公室
            S|发文机关简称|县政府督查办
            S|成文日期|2024年1月18日
            S|列出未完成事项|是
            S|完成率小数位|1
            """;

    /** No title rows (the header is row 1), no year anywhere; 是否完成 holds 是/否; no units. */
    static final String WUBIAOTI = """
            #|Sheet1
            H|序号|工作任务|牵头部门|配合部门|目标|完成数|是否完成|备注
            R|1|城镇新增就业3000人|县人力社保局||3000|3215|是|
            R|2|新建改建农村公路80公里|县交通运输局|县财政局|80|86.4|是|
            R|3|完成老旧小区改造12个|县住房和城乡建设局||12|12|是|
            R|4|创建省级卫生乡镇3个|县卫生健康局|各乡镇|3|2|否|1个乡镇未通过省级评审，整改后明年申报。
            R|5|实施高标准农田建设2.5万亩|县农业农村局||2.5|2.5|是|
            R|6|开展“护河”专项行动|县水利局|县生态环境局|||是|全年巡河1.2万人次，整治问题86个。
            """;

    /** County; rate indicators (百分点) and upper-limit targets (以内, 控制在); a 通报设置 sheet holding one key only. */
    static final String YILONG = """
            #|完成情况表
            T|附件
            T|仪陇县2023年政府工作报告目标任务完成情况表
            H|序号|目标任务|牵头单位|指标|单位|上年值|目标值|完成值|完成情况|是否成效明显|完成情况说明
            R|1|常住人口城镇化率达到52%|县发展改革委|常住人口城镇化率|%|50.8|52|52.6|已完成|是|全县常住人口城镇化率达到52.6%，较上年提高1.8个百分点。
            R|2|森林覆盖率达到45.5%|县林业局|森林覆盖率|%|45.1|45.5|45.6|已完成|否|全县森林覆盖率达到45.6%。
            R|3|城镇调查失业率控制在5.5%以内|县人力社保局|城镇调查失业率|%|5.1|5.5|4.9|已完成|否|全年城镇调查失业率4.9%，控制在目标以内。
            R|4|单位地区生产总值能耗下降3%|县发展改革委|单位地区生产总值能耗降低率|%||3|3.4|已完成|否|单位地区生产总值能耗同比下降3.4%。
            R|5|细颗粒物（PM2.5）年均浓度控制在35微克/立方米以内|县生态环境局|PM2.5年均浓度|微克/立方米|36|35|32|已完成|是|全县PM2.5年均浓度32微克/立方米，同比下降11.1%，空气质量优良天数比例达到92.3%。
            R|6|居民消费价格涨幅控制在3%左右|县发展改革委|居民消费价格涨幅|%|2|3|0.4|已完成|否|居民消费价格同比上涨0.4%，涨幅控制在调控目标以内。
            R|7|生产安全事故死亡人数控制在12人以内|县应急管理局|生产安全事故死亡人数|人|13|12|14|未完成|否|全年发生生产安全事故死亡14人，超过控制指标2人；主要原因：发生1起较大道路交通事故，造成3人死亡。
            R|8|国控断面水质优良比例保持100%|县生态环境局|国控断面水质优良比例|%|100|100|100|已完成|否|3个国控断面水质均达到Ⅲ类以上。
            S|设置项|内容
            S|列出未完成事项|是
            """;

    /** District (区) with a 通报设置 sheet; growth-only indicators with 目标增速, 全市平均增速 and 全市排名. */
    static final String YUBEI = """
            #|目标任务
            T|附件
            T|渝北区2023年政府工作报告主要目标任务完成情况表
            H|序号|目标任务|牵头单位|配合单位|指标|单位|完成值|目标增速(%)|同比增长(%)|全市平均增速(%)|全市排名|完成情况|成效明显|完成情况说明
            R|1|地区生产总值增长7%|区发展改革委|区统计局|地区生产总值|亿元|2315.6|7|6.1|6.1|5|未完成||全区实现地区生产总值2315.6亿元，同比增长6.1%，与全市平均持平；受汽车、电子行业产值下滑影响，未达到年度预期目标。
            R|2|规模以上工业增加值增长8%|区经济信息委||规上工业增加值|||8|8.6|6.6|3|已完成|是|规模以上工业增加值同比增长8.6%，增速居全市第三。
            R|3|社会消费品零售总额增长8%|区商务委||社会消费品零售总额|亿元|968.3|8|9.3|8|2|已完成|是|实现社会消费品零售总额968.3亿元，同比增长9.3%。
            R|4|全社会固定资产投资增长6%|区发展改革委|区住房城乡建委|固定资产投资|||6|－3.2|4.3|28|未完成||受房地产开发投资大幅下降影响，全区固定资产投资同比下降3.2%；主要原因：房地产开发投资下降21.6%，拉低投资增速6.8个百分点。
            R|5|一般公共预算收入增长5%|区财政局|区税务局|一般公共预算收入|亿元|146.8|5|7.4|10.2|20|已完成||完成一般公共预算收入146.8亿元，同比增长7.4%。
            R|6|外贸进出口总额增长5%|区商务委||进出口总额|亿元|1423.5|5|11.6|-5.1|1|已完成|是|全区实现外贸进出口总额1423.5亿元，同比增长11.6%，增速居全市第一。
            R|7|农村居民人均可支配收入增长7%|区农业农村委||农村居民人均可支配收入|元|24862|7|7.3|7|9|已完成||农村居民人均可支配收入24862元，同比增长7.3%。
            S|设置项|内容
            S|发文机关|重庆市渝北区人民政府督查办公室
            S|发文机关简称|区政府督查办
            S|页眉单位|渝北区人民政府督查办公室
            S|成文日期|2024年2月5日
            """;

    /** City (市) with a 通报设置 sheet writing negatives as 下降; every task notable, none unfinished; 全省 comparisons. */
    static final String SUINING = """
            #|市级目标任务
            T|附件
            T|遂宁市2023年政府工作报告主要目标任务完成情况表
            H|序号|目标任务|牵头单位|责任单位|指标|单位|目标值|完成值|同比增长(%)|全省平均增速(%)|全省排名|完成情况|是否成效明显|完成情况说明
            R|1|地区生产总值增长6.5%|市发展改革委|市统计局|地区生产总值|亿元||1702.8|6.9|6|5|已完成|是|全市实现地区生产总值1702.8亿元，同比增长6.9%，增速居全省第五。
            R|2|规模以上工业增加值增长9%|市经济和信息化局||规上工业增加值||||10.7|6.1|2|已完成|是|规模以上工业增加值同比增长10.7%，增速居全省第二。
            R|3|锂电产业产值突破800亿元|市经济和信息化局|市投资促进局|锂电产业产值|亿元|800|926.5||||已完成|是|全市锂电产业实现产值926.5亿元。
            R|4|空气质量优良天数比例达到90%|市生态环境局||空气质量优良天数比例|%|90|92.6||||已完成|是|全市空气质量优良天数比例达到92.6%。
            R|5|城镇新增就业4.2万人|市人力资源社会保障局||城镇新增就业|万人|4.2|4.63||||已完成|是|全市城镇新增就业4.63万人。
            R|6|外贸进出口总额增长10%|市商务局||进出口总额|亿元||203.6|12.4|-4.9|3|已完成|是|全市实现外贸进出口总额203.6亿元，同比增长12.4%，增速居全省第三。
            S|设置项|内容
            S|发文机关|遂宁市人民政府督查办公室
            S|发文机关简称|市政府督查办
            S|成文日期|2024年1月30日
            S|负数写法|下降
            """;

    /** County; every task completed, none notable (成效明显 all 否, though one reaches 115%). */
    static final String DIANJIANG = """
            #|完成情况表
            T|附件
            T|垫江县2023年政府工作报告目标任务完成情况表
            H|序号|目标任务|牵头单位|指标|单位|目标值|完成值|完成状态|成效明显|备注
            R|1|城镇新增就业4000人|县人力社保局|城镇新增就业|人|4000|4120|已完成|否|
            R|2|完成农村公路建设100公里|县交通局|农村公路建设|公里|100|115|已完成|否|
            R|3|新增市级以上“专精特新”企业5家|县经济信息委|新增“专精特新”企业|家|5|5|已完成|否|
            R|4|改造农村危房300户|县住房城乡建委|农村危房改造|户|300|306|已完成|否|
            R|5|建成乡镇污水处理设施8座|县生态环境局|乡镇污水处理设施|座|8|8|已完成|否|
            R|6|推进义务教育学校标准化建设|县教育委|||||已完成|否|完成12所学校标准化建设验收。
            R|7|建设粮食生产功能区5万亩|县农业农村委|粮食生产功能区|万亩|5|5.1|已完成|否|
            """;

    /**
     * County; several lead departments in one cell, category rows, full-width digits and minus,
     * numbers as text, a task merged over two indicator rows, blank rows and notes below.
     */
    static final String QUXIAN = """
            #|2023年度
            T|附件
            T|渠县2023年政府工作报告目标任务完成情况表
            T|（截至2023年12月31日）
            H|序号|目标任务|牵头单位|配合单位|指标|单位|目标值|完成值|同比增长(%)|全市平均增速(%)|完成情况|是否成效明显|完成情况说明
            G|A,B,C,D,K,L,M
            C|一、主要经济指标
            R|1|地区生产总值增长7%左右|县发展改革委、县统计局||地区生产总值|亿元||'５２６.８|７.２|6.1|已完成|是|全县实现地区生产总值526.8亿元，同比增长7.2%，高于全市平均1.1个百分点。
            R|2|工业经济稳中求进，规上工业增加值增长8%，工业投资增长10%|县发展改革委、县经济信息委||规上工业增加值||||8.4|7.2|未完成|否|规上工业增加值增长8.4%；受重大工业项目建设周期影响，工业投资同比下降8%；主要原因：2个新建项目受用地报批影响推迟开工。
            +|||||工业投资||||－8%|4.1|||
            C|二、项目建设
            R|3|实施重点项目150个，完成投资120亿元|县发展改革委、县住房城乡建委||实施重点项目|个|150|158|||已完成|是|全年实施重点项目158个，完成投资132.6亿元。
            +|||||重点项目完成投资|亿元|120|132.6亿元|||||
            R|4|完成水利投资15亿元|县水利局||水利投资|亿元|'１５|16.2|||已完成||全年完成水利投资16.2亿元。
            B
            C|三、民生保障
            R|5|城镇新增就业5500人|县人力社保局||城镇新增就业|人|5500|'5,836|||已完成||全年城镇新增就业5836人。
            R|6|新增养老机构床位600张|县民政局、县卫生健康委||养老床位|张|600|420|||未完成||新增养老床位420张；受2个公建民营养老院建设进度滞后影响，未完成年度目标。
            R|7|推进义务教育优质均衡发展|县教育科技局||||||||已完成||新建改扩建学校5所，新增学位2700个。
            B
            N|注：1.牵头单位有两个及以上的，排在第一位的为主要责任单位。
            N|2.数据截至2023年12月31日，均为快报数据。
            """;

    /** County; qualitative tasks only (no figures), 进展情况 and 完成情况说明 prose. */
    static final String CHENGKOU = """
            #|重点任务
            T|附件
            T|城口县2023年政府工作报告重点任务落实情况表
            H|序号|重点任务|牵头单位|配合单位|进展情况|成效明显|完成情况说明
            R|1|深化“放管服”改革，推行“一件事一次办”|县政务服务管理办|县级各部门|已完成|是|推出“一件事一次办”事项32项，政务服务事项网上可办率达到98%，群众办事平均跑动次数降至0.3次。
            R|2|创建国家级电子商务进农村综合示范县|县商务委|县财政局|已完成|是|通过商务部验收，建成县级电商公共服务中心1个、村级服务站点86个。
            R|3|推进城口至开州高速公路前期工作|县交通局|县发展改革委|已完成||完成工程可行性研究报告编制并通过评审。
            R|4|完成第三次全国土壤普查外业调查|县农业农村委|县规划自然资源局|已完成||完成外业采样点位1320个。
            R|5|建成“智慧河长”信息平台|县水利局||未完成||受平台软件采购流程调整影响，系统尚在联调测试；主要原因：财政资金下达较晚，采购于11月才完成。
            R|6|开展安全生产大排查大整治|县应急局|县级有关部门|已完成||排查整治隐患1862处，整改率100%。
            """;

    /** District 民生实事 list with 已开工/已完工 tick columns and a 通报设置 sheet. */
    static final String NANAN = """
            #|民生实事
            T|南岸区2023年重点民生实事项目完成情况表
            H|序号|项目名称|建设内容|责任单位|已开工|已完工|完成情况
            R|1|背街小巷整治|整治背街小巷50条|区城市管理局|√|√|完成整治52条。
            R|2|口袋公园建设|新建口袋公园10个|区城市管理局、区住房城乡建委|√|√|建成口袋公园10个。
            R|3|社区嵌入式养老服务|新建社区养老服务站8个|区民政局|√|√|建成社区养老服务站8个并投入运营。
            R|4|中小学食堂改造|改造中小学食堂12所|区教育委|√|√|完成改造12所。
            R|5|区中医院迁建|一期工程主体完工|区卫生健康委|√||主体工程完成85%；受地质条件复杂影响，基础施工工期延长。
            R|6|农贸市场标准化改造|改造农贸市场6个|区商务委|√|√|完成改造6个。
            R|7|新能源汽车充电设施建设|新建公共充电桩800个|区发展改革委|√|√|建成公共充电桩836个。
            R|8|社区普惠托育服务|新增普惠托位200个|区卫生健康委|||受场地产权变更影响，尚未开工；主要原因：原选址物业权属存在争议，已重新选址。
            B
            N|注：“√”表示已开工或已完工。
            S|设置项|内容
            S|发文机关|重庆市南岸区人民政府督查办公室
            S|发文机关简称|区政府督查办
            S|成文日期|2024年1月22日
            """;

    /** County; no status column: 完成情况 holds prose, completion is judged from the figures. */
    static final String WUXI = """
            #|完成情况表
            T|附件
            T|巫溪县2023年政府工作报告目标任务完成情况表
            H|序号|目标任务|牵头单位|指标|单位|目标值|完成值|完成情况
            R|1|完成固定资产投资110亿元|县发展改革委|固定资产投资|亿元|110|112.4|全年完成固定资产投资112.4亿元，同比增长5.3%。
            R|2|新建改建农村公路200公里|县交通局|新改建农村公路|公里|200|231|全年新改建农村公路231公里。
            R|3|接待游客1200万人次|县文化旅游委|接待游客|万人次|1200|1136|全年接待游客1136万人次；受红池坝景区提档升级闭园施工影响，游客量未达预期。
            R|4|新增市场主体3000户|县市场监管局|新增市场主体|户|3000|3260|全年新增市场主体3260户。
            R|5|完成植树造林5万亩|县林业局|植树造林|万亩|5|5.02|全年完成植树造林5.02万亩。
            R|6|推进县城供水二期工程建设|县水利局|||||项目主体工程已完工，正在进行设备安装，预计2024年3月通水。
            """;

    // ------------------------------------------------------------------ periodic tables (序时进度)

    /** County, first quarter (一季度 → 25%); no status words: every task judged by its figures. */
    static final String SHIZHU_Q1 = """
            #|一季度
            T|附件
            T|石柱县2024年一季度政府工作报告目标任务推进情况表
            H|序号|目标任务|牵头单位|指标|单位|年度目标|1-3月完成值|同比增长(%)|完成情况|完成情况说明
            R|1|完成固定资产投资80亿元|县发展改革委|固定资产投资|亿元|80|21.6||||一季度完成固定资产投资21.6亿元。
            R|2|实现社会消费品零售总额150亿元|县商务委|社会消费品零售总额|亿元|150|33|6.2||一季度实现社会消费品零售总额33亿元，同比增长6.2%；受节后消费回落影响，进度偏慢。
            R|3|新增城镇就业5000人|县人力社保局|城镇新增就业|人|5000|1830|||一季度城镇新增就业1830人。
            R|4|引进招商项目40个|县招商投资局|引进招商项目|个|40|6|||一季度签约项目6个；主要原因：受春节假期影响，项目洽谈集中在3月，签约落地偏慢。
            R|5|完成营造林5万亩|县林业局|营造林|万亩|5|5.3|||春季植树造林已全面完成，完成营造林5.3万亩。
            R|6|新建农村公路120公里|县交通局|农村公路|公里|120|31|||一季度新建农村公路31公里。
            S|设置项|内容
            S|发文机关|石柱土家族自治县人民政府督查办公室
            S|成文日期|2024年4月12日
            """;

    /** County, 1-6月 (50%), judged by the office's status words; an ahead task marked notable. */
    static final String FENGJIE_H1 = """
            #|上半年
            T|附件
            T|奉节县2024年1-6月政府工作报告目标任务推进情况表
            H|序号|目标任务|牵头单位|年度目标|1-6月完成值|序时进度|完成进度|完成情况|是否成效明显|完成情况说明
            R|1|地区生产总值增长6.5%|县发展改革委|增长6.5%|增长6.8%|50%||序时推进||上半年地区生产总值同比增长6.8%。
            R|2|完成固定资产投资120亿元|县发展改革委|120亿元|64.8亿元|50%|54%|超进度|是|上半年完成固定资产投资64.8亿元，完成年度目标的54%。
            R|3|实现社会消费品零售总额260亿元|县商务委|260亿元|122.2亿元|50%|47%|滞后序时进度||上半年实现社会消费品零售总额122.2亿元；主要原因：汽车等大宗消费回落。
            R|4|新增市场主体6000户|县市场监管局|6000户|3120户|50%|52%|序时推进||上半年新增市场主体3120户。
            R|5|完成农村公路建设200公里|县交通局|200公里|86公里|50%|43%|未达序时进度||上半年完成农村公路建设86公里；受雨季施工影响，进度滞后。
            R|6|新建5G基站500个|县经济信息委|500个|310个|50%|62%|超进度|是|上半年新建5G基站310个。
            R|7|实际利用外资8000万美元|县商务委|8000万美元|2650万美元|50%|33.1%|进度滞后||上半年实际到位外资2650万美元；主要原因：1个重点外资项目资金延后到位。
            R|8|完成义务植树150万株|县林业局|150万株|156万株|50%|104%|已完成||春季义务植树156万株，已完成全年任务。
            S|设置项|内容
            S|发文机关|奉节县人民政府督查办公室
            S|成文日期|2024年7月15日
            """;

    /** District, 前三季度 (75%), no status column: figures alone, growth targets, an upper limit. */
    static final String BANAN_Q3 = """
            #|前三季度
            T|附件
            T|巴南区2024年前三季度重点目标任务推进情况表
            H|序号|目标任务|牵头单位|指标|单位|年度目标值|1-9月完成值|同比增长(%)|目标增速(%)|完成情况说明
            R|1|地区生产总值增长6%|区发展改革委|地区生产总值|亿元||1080.5|6.3|6|前三季度实现地区生产总值1080.5亿元，同比增长6.3%。
            R|2|规上工业增加值增长8%|区经济信息委|规上工业增加值||||7.1|8|受汽摩行业订单下降影响，前三季度规上工业增加值增长7.1%。
            R|3|完成固定资产投资300亿元|区发展改革委|固定资产投资|亿元|300|236.4|||前三季度完成固定资产投资236.4亿元。
            R|4|新增城镇就业1.8万人|区人力社保局|城镇新增就业|万人|1.8|1.62|||前三季度城镇新增就业1.62万人。
            R|5|完成老旧小区改造60个|区住房城乡建委|老旧小区改造|个|60|38|||完工38个；受管线迁改影响，部分小区进度滞后。
            R|6|新增公办幼儿园学位2000个|区教委|公办幼儿园学位|个|2000|2160|||新增公办幼儿园学位2160个，提前完成全年任务。
            R|7|城镇调查失业率控制在5.5%以内|区人力社保局|城镇调查失业率|%|5.5%以内|5.2|||前三季度城镇调查失业率5.2%。
            S|设置项|内容
            S|发文机关|重庆市巴南区人民政府督查办公室
            S|成文日期|2024年10月25日
            """;

    /** City, 1—11月 (91.7%), status words; one word contradicts its figures (the word wins, with a warning). */
    static final String GUANGAN_11 = """
            #|1-11月
            T|附件
            T|广安市2024年1—11月重点工作目标任务推进情况表
            H|序号|目标任务|牵头单位|年度目标|1-11月完成|完成情况|完成情况说明
            R|1|完成固定资产投资800亿元|市发展改革委|800亿元|752.6亿元|序时推进|1-11月完成固定资产投资752.6亿元。
            R|2|实现地方一般公共预算收入100亿元|市财政局|100亿元|88.9亿元|滞后|受土地出让收入下降影响，非税收入减少；主要原因：2宗大额土地出让推迟至12月。
            R|3|新增城镇就业3.5万人|市人力资源社会保障局|3.5万人|3.71万人|已完成|1-11月城镇新增就业3.71万人。
            R|4|引进500强企业项目10个|市投资促进局|10个|9个|序时推进|已签约500强企业项目9个，另有2个项目进入签约程序。
            R|5|新建5G基站2000个|市经济和信息化局|2000个|2050个|已完成|新建5G基站2050个。
            R|6|森林覆盖率达到50%|市林业局|50%|50.3%|序时推进|森林覆盖率达到50.3%。
            S|设置项|内容
            S|发文机关|广安市人民政府督查办公室
            S|发文机关简称|市政府督查办
            S|成文日期|2024年12月10日
            """;

    /** County whose 通报设置 sets 期间 1-4月 and 序时进度 33.3% (its title names no period). */
    static final String XIUSHAN_4 = """
            #|完成情况表
            T|秀山县2024年政府工作报告目标任务推进情况表
            H|序号|目标任务|牵头单位|指标|单位|目标值|完成值|完成情况说明
            R|1|完成固定资产投资90亿元|县发展改革委|固定资产投资|亿元|90|31.2|1-4月完成固定资产投资31.2亿元。
            R|2|实现社会消费品零售总额120亿元|县商务委|社会消费品零售总额|亿元|120|38.5|1-4月实现社会消费品零售总额38.5亿元。
            R|3|新增市场主体3000户|县市场监管局|新增市场主体|户|3000|1320|1-4月新增市场主体1320户。
            R|4|完成高标准农田建设2万亩|县农业农村委|高标准农田|万亩|2|0.52|受春耕影响，项目开工推迟；主要原因：部分项目招标流程较长。
            R|5|接待游客800万人次|县文化旅游委|接待游客|万人次|800|286|1-4月接待游客286万人次。
            S|设置项|内容
            S|发文机关|秀山土家族苗族自治县人民政府督查办公室
            S|成文日期|2024年5月8日
            S|期间|1-4月
            S|序时进度|33.3%
            """;

    // ------------------------------------------------------------------ a pair for compare

    /**
     * County, 1-3月 (25%), figures alone: the previous table of {@link #PENGSHUI_H1}. 就业 and 社零 on
     * schedule, 公路, 5G基站 and 外资 behind, 营造林 done (and gone from the next table).
     */
    static final String PENGSHUI_Q1 = """
            #|一季度
            T|附件
            T|彭水县2024年1-3月政府工作报告目标任务推进情况表
            H|序号|目标任务|牵头单位|指标|单位|年度目标|1-3月完成值|完成情况说明
            R|1|完成固定资产投资100亿元|县发展改革委|固定资产投资|亿元|100|27|1-3月完成固定资产投资27亿元。
            R|2|新增城镇就业4000人|县人力社保局|城镇新增就业|人|4000|1100|1-3月城镇新增就业1100人。
            R|3|实现社会消费品零售总额200亿元|县商务委|社会消费品零售总额|亿元|200|52|1-3月实现社会消费品零售总额52亿元。
            R|4|新建农村公路150公里|县交通局|农村公路|公里|150|30|受春节假期影响，开工偏晚。
            R|5|完成营造林3万亩|县林业局|营造林|万亩|3|3.2|春季营造林已全面完成。
            R|6|新建5G基站200个|县经济信息委|5G基站|个|200|40|主要原因：站址协调进度偏慢。
            R|7|实际利用外资6000万美元|县商务委|实际利用外资|万美元|6000|900|主要原因：外资项目资金到位偏慢。
            S|设置项|内容
            S|发文机关|彭水苗族土家族自治县人民政府督查办公室
            S|成文日期|2024年4月10日
            """;

    /**
     * The same county at 1-6月 (50%): 营造林 gone, so 5G基站 and 外资 renumbered (same text, 外资's with
     * a closing 。), 公路's text with a space, 市场主体 new. 就业 and 5G基站 newly completed, 社零 newly
     * behind, 公路 no longer behind, 外资 still behind, 投资 ahead both times.
     */
    static final String PENGSHUI_H1 = """
            #|上半年
            T|附件
            T|彭水县2024年1-6月政府工作报告目标任务推进情况表
            H|序号|目标任务|牵头单位|指标|单位|年度目标|1-6月完成值|完成情况说明
            R|1|完成固定资产投资100亿元|县发展改革委|固定资产投资|亿元|100|62|1-6月完成固定资产投资62亿元。
            R|2|新增城镇就业4000人|县人力社保局|城镇新增就业|人|4000|4120|1-6月城镇新增就业4120人，已完成全年任务。
            R|3|实现社会消费品零售总额200亿元|县商务委|社会消费品零售总额|亿元|200|92|主要原因：汽车等大宗消费回落。
            R|4|新建农村公路 150公里|县交通局|农村公路|公里|150|81|1-6月新建农村公路81公里。
            R|5|新建5G基站200个|县经济信息委|5G基站|个|200|205|1-6月新建5G基站205个。
            R|6|实际利用外资6000万美元。|县商务委|实际利用外资|万美元|6000|2100|主要原因：1个重点外资项目资金延后到位。
            R|7|新增市场主体5000户|县市场监管局|新增市场主体|户|5000|2600|1-6月新增市场主体2600户。
            S|设置项|内容
            S|发文机关|彭水苗族土家族自治县人民政府督查办公室
            S|成文日期|2024年7月12日
            """;

    // ------------------------------------------------------------------ writing

    /** The workbook for one recipe: .xls (HSSF) or .xlsx (XSSF) by the file name. */
    static byte[] workbook(String file, String recipe) {
        boolean xls = file.endsWith(".xls");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Recipe r = Recipe.parse(recipe);
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(r.sheetName);
            int width = r.width();
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, r.columnWidth(c) * 256);
            }
            for (int i = 0; i < r.rows.size(); i++) {
                String[] line = r.rows.get(i);
                String kind = line[0];
                Row row = sheet.createRow(i);
                CellStyle style = switch (kind) {
                    case "T" -> st.title;
                    case "H" -> st.header;
                    case "C" -> st.category;
                    case "N" -> st.note;
                    default -> st.body;
                };
                if (kind.equals("B")) {
                    continue;
                }
                int cells = kind.equals("T") || kind.equals("C") || kind.equals("N") ? width : Math.max(width, line.length - 1);
                for (int c = 0; c < cells; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(style);
                    put(cell, c + 1 < line.length ? line[c + 1] : "");
                }
                if (kind.equals("T")) {
                    row.setHeightInPoints(line[1].length() > 4 ? 30 : 20);
                }
                if (kind.equals("T") || kind.equals("C") || kind.equals("N")) {
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 0, width - 1));
                }
            }
            for (int i = 0; i < r.rows.size(); i++) {
                if (!r.rows.get(i)[0].equals("R")) {
                    continue;
                }
                int last = i;
                while (last + 1 < r.rows.size() && r.rows.get(last + 1)[0].equals("+")) {
                    last++;
                }
                if (last > i) {
                    for (int c : r.taskColumns) {
                        sheet.addMergedRegion(new CellRangeAddress(i, last, c, c));
                    }
                }
            }
            for (String merge : r.merges) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
            }
            if (!r.settings.isEmpty()) {
                Sheet settings = wb.createSheet(SETTINGS_SHEET);
                settings.setColumnWidth(0, 16 * 256);
                settings.setColumnWidth(1, 48 * 256);
                for (int i = 0; i < r.settings.size(); i++) {
                    Row row = settings.createRow(i);
                    row.createCell(0).setCellValue(r.settings.get(i)[0]);
                    row.createCell(1).setCellValue(r.settings.get(i)[1]);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (wb instanceof XSSFWorkbook x) {
                var core = x.getProperties().getCoreProperties();
                Date stamp = Date.from(STAMP.toInstant(ZoneOffset.ofHours(8)));
                core.setCreated(Optional.of(stamp));
                core.setModified(Optional.of(stamp));
                core.setCreator("tongbao corpus generator");
                wb.write(bytes);
                return FixedZip.stamped(bytes.toByteArray(), STAMP);
            }
            wb.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Cell cell, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (value.startsWith("'")) {
            cell.setCellValue(value.substring(1));
        } else if (NUMBER.matcher(value).matches()) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
    }

    /** One table's recipe, parsed. */
    private static final class Recipe {
        String sheetName = "Sheet1";
        final List<String[]> rows = new ArrayList<>();
        final List<String> merges = new ArrayList<>();
        final List<String[]> settings = new ArrayList<>();
        int[] taskColumns = new int[0];

        static Recipe parse(String text) {
            Recipe r = new Recipe();
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                switch (f[0]) {
                    case "#" -> r.sheetName = f[1];
                    case "M" -> r.merges.add(f[1]);
                    case "S" -> r.settings.add(new String[] {f[1], f[2]});
                    case "G" -> {
                        String[] letters = f[1].split(",");
                        r.taskColumns = new int[letters.length];
                        for (int i = 0; i < letters.length; i++) {
                            r.taskColumns[i] = letters[i].charAt(0) - 'A';
                        }
                    }
                    case "T", "H", "R", "+", "C", "B", "N" -> r.rows.add(f);
                    default -> throw new IllegalArgumentException("unknown row kind: " + line);
                }
            }
            return r;
        }

        /** Columns of the header row. */
        int width() {
            return rows.stream().filter(f -> f[0].equals("H")).mapToInt(f -> f.length - 1).max().orElse(1);
        }

        /** Wide columns for prose, narrow ones for figures, as clerks size them. */
        int columnWidth(int c) {
            String header = rows.stream().filter(f -> f[0].equals("H")).findFirst()
                    .map(f -> c + 1 < f.length ? f[c + 1] : "").orElse("");
            if (header.contains("说明") || header.contains("任务") || header.contains("内容")
                    || header.equals("完成情况") || header.equals("备注") || header.contains("项目名称")) {
                return 32;
            }
            if (header.contains("单位") && !header.equals("单位") || header.contains("部门") || header.equals("指标")) {
                return 16;
            }
            return header.equals("序号") ? 5 : 10;
        }
    }

    /** The few cell styles an office table uses. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle category;
        final CellStyle body;
        final CellStyle note;

        Styles(Workbook wb) {
            Font songti = font(wb, "宋体", 10, false);
            Font heiti = font(wb, "黑体", 10, true);
            Font titleFont = font(wb, "方正小标宋_GBK", 16, false);
            title = style(wb, titleFont, HorizontalAlignment.CENTER, false);
            header = style(wb, heiti, HorizontalAlignment.CENTER, true);
            category = style(wb, heiti, HorizontalAlignment.LEFT, true);
            body = style(wb, songti, HorizontalAlignment.LEFT, true);
            note = style(wb, songti, HorizontalAlignment.LEFT, false);
        }

        private static Font font(Workbook wb, String name, int points, boolean bold) {
            Font font = wb.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setCharSet(134); // GB2312: Calc then treats the face as a Chinese one
            return font;
        }

        private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean borders) {
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (borders) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
