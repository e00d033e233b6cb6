package org.localkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.localkg.resolve.Divisions;

/**
 * Pages of local news written from templates, for measuring: the size of the sample pages (six
 * to eight articles, some 3,000 characters), with officials, companies, parks and projects of
 * every county in the division table. Companies, projects and the people quoted are new on every
 * page (their names count up through character tables), so the registry and the store grow as a
 * real corpus does; each county's officials and parks recur, as they do in a paper. The same
 * seed and page number always give the same page. The sentences are written for this class, in
 * the register of a city paper; they are not taken from any paper.
 */
public final class SyntheticCorpus {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦";
    private static final String GIVEN = "建国华明伟强军平刚志文晓丽静敏燕红霞玉兰秀英海涛斌杰宏鹏飞宇浩磊超俊峰辉亮鑫鸿昊晨曦雨欣怡佳琪思涵睿轩博彬锋凯越洋";
    private static final String BRAND = "瑞恒泰昌盛鼎宏达远航晟嘉联创源润博信诚汇通众运锦程祥和升丰裕兴隆纪阳光辰拓宸骏峻腾翔奥德立卓越凌凯威达康维欧普诺睿翼";
    private static final String[] INDUSTRIES = {"新材料科技", "智能装备", "精密机械", "新能源科技", "生物医药", "电子科技", "环保科技", "汽车零部件"};
    private static final String[] LEGAL = {"有限公司", "股份有限公司"};
    private static final String[] PRODUCTS = {"年产5万吨锂电池隔膜", "智能装备制造基地", "光伏组件生产线", "新能源汽车零部件", "高端医疗器械研发生产",
        "集成电路封装测试", "生物医药产业化", "绿色数据中心", "精密模具制造", "氢能装备研发"};
    private static final String[] PARKS = {"经济开发区", "高新技术产业开发区", "智能制造产业园", "科技创业园"};
    private static final String[] TITLES = {"书记", "长"};
    private static final String[] STATUSES = {"已开工建设", "主体结构已完工", "正在进行设备安装", "已建成投产"};
    private static final String[] FILLER = {
        "会议强调，要坚持把发展经济的着力点放在实体经济上，加快构建现代化产业体系。",
        "近年来，当地持续优化营商环境，推动产业链上下游协同发展，一批重大项目相继落地。",
        "有关部门负责人表示，将进一步强化要素保障，帮助企业解决用地、用工和融资等方面的难题。",
        "据了解，今年以来全区新开工亿元以上项目数量同比增长，工业投资保持较快增长势头。",
        "调研中，大家一致认为，要以更大力度推进科技创新，促进创新链与产业链深度融合。",
        "下一步，园区将围绕主导产业精准招商，着力引进一批带动能力强的龙头项目。",
        "现场，企业负责人介绍了研发投入、市场开拓和人才引进等方面的情况。",
        "与会人员还就做好安全生产、生态环境保护等工作进行了交流。",
        "该地区坚持规划引领，统筹推进基础设施建设和公共服务配套，城市功能不断完善。",
        "各级各部门要强化责任担当，细化工作举措，确保各项目标任务按期完成。",
        "当天，活动现场还发布了产业扶持政策，涵盖人才、金融、土地等多个方面。",
        "据统计，前三季度规模以上工业总产值保持稳定增长，新兴产业占比持续提升。",
    };

    /** The stages a dated corpus reports a project in, in the order it reports them (indexes into STATUSES). */
    private static final int[] STAGE_ORDER = {0, 2, 1, 3};
    /** Pages of a dated corpus between one stage of a project and the next. */
    private static final int PAGES_PER_STAGE = 5;
    /** Pages of a dated corpus after which each county reports a new project (with its first stage again). */
    private static final int PAGES_PER_PROJECT = PAGES_PER_STAGE * STAGE_ORDER.length;
    /** Days between the dates of two pages of a dated corpus: a weekly page. */
    private static final int DAYS_PER_PAGE = 7;

    private final long seed;
    private final List<Divisions.Division> counties;
    private final LocalDate first;

    public SyntheticCorpus(long seed) {
        this(seed, Divisions.get().counties(), null);
    }

    private SyntheticCorpus(long seed, List<Divisions.Division> counties, LocalDate first) {
        this.seed = seed;
        this.counties = counties;
        this.first = first;
    }

    /**
     * A corpus to see time in: page {@code i} is dated {@code first} plus {@code i} weeks (in its
     * front matter), its articles are about the first {@code counties} counties only, and each
     * county has one project at a time, reported again and again with its stage advancing along
     * the pages (开工, 在建, 竣工, 投产; a signing article reports 签约), then a new one every twenty
     * pages; so officials, parks and projects recur with dated facts. The default corpus has no
     * dates: its names are new on every page.
     */
    public static SyntheticCorpus dated(long seed, LocalDate first, int counties) {
        List<Divisions.Division> all = Divisions.get().counties();
        return new SyntheticCorpus(seed, List.copyOf(all.subList(0, Math.min(counties, all.size()))), first);
    }

    /** Writes pages {@code 0..n-1} as {@code page-NNNNNN.txt} into {@code dir}; returns their paths. */
    public List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("page-%06d.txt", i));
            Files.writeString(p, page(i), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    /** Page {@code i}: six to eight articles, each with a title, a lead with its reporter, and paragraphs. */
    public String page(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        StringBuilder page = new StringBuilder();
        if (first != null) {
            page.append("---\ndate: ").append(first.plusDays((long) i * DAYS_PER_PAGE)).append("\n---\n");
        }
        int articles = 6 + r.nextInt(3);
        for (int a = 0; a < articles; a++) {
            int n = 5000 + i * 8 + a; // a number of its own for every article in the corpus: its new names
            int c = Math.floorMod(r.nextInt(), counties.size());
            Divisions.Division county = counties.get(c);
            // a dated corpus: the county's one project, at the stage its page has reached
            int stage = first == null ? -1 : STAGE_ORDER[i % PAGES_PER_PROJECT / PAGES_PER_STAGE];
            int project = 5000 + c + counties.size() * (i / PAGES_PER_PROJECT);
            page.append("\n\n").append(article(r, first == null ? n : project, county, stage)).append('\n');
        }
        return page.toString();
    }

    /** One article; {@code stage} is the index of the project's status, or -1 for a random one. */
    private String article(Random r, int n, Divisions.Division county, int stage) {
        String place = shortName(county.name());
        String level = county.name().endsWith("县") ? "县" : county.name().endsWith("市") ? "市" : "区";
        String official = person(county.code().hashCode() & 0x7fffffff);
        String deputy = person((county.code().hashCode() & 0x7fffffff) + 7919);
        String title = level + "委" + TITLES[0];
        String deputyTitle = level + TITLES[1];
        String brand = brand(n);
        int industry = r.nextInt(INDUSTRIES.length);
        int legal = r.nextInt(LEGAL.length);
        String company = stage < 0 ? place + brand + INDUSTRIES[industry] + LEGAL[legal]
                : place + brand + INDUSTRIES[n % INDUSTRIES.length] + LEGAL[n % LEGAL.length]; // a recurring project's one company
        int product = r.nextInt(PRODUCTS.length);
        String project = brand + PRODUCTS[stage < 0 ? product : n % PRODUCTS.length] + "项目";
        String park = place + PARKS[Math.floorMod(county.code().hashCode(), PARKS.length)];
        String chairman = person(n * 3 + 1);
        String reporter = person(n * 3 + 2);
        int investment = 2 + r.nextInt(48);
        int year = 2025 + r.nextInt(3);
        if (stage >= 0) { // a recurring project keeps its figures
            investment = 2 + n % 48;
            year = 2025 + n % 3;
        }
        StringBuilder b = new StringBuilder();
        switch (r.nextInt(3)) {
            case 0 -> {
                b.append(official).append("调研").append(park).append("重点项目\n\n");
                b.append("本报讯（记者 ").append(reporter).append("）昨天上午，").append(title).append(official).append("到")
                        .append(park).append("调研重点项目建设情况。\n\n");
                b.append("在").append(company).append("，").append(official).append("详细了解").append(project)
                        .append("推进情况。该项目总投资").append(investment).append("亿元，目前").append(status(r, stage))
                        .append("，预计").append(year).append("年建成投产。");
                b.append(official).append("强调，要加快项目建设进度，推动项目早投产、早见效。");
            }
            case 1 -> {
                b.append(park).append("举行重点项目集中签约仪式\n\n");
                b.append("本报讯（记者 ").append(reporter).append("）日前，").append(park).append("举行重点项目集中签约仪式，")
                        .append(deputyTitle).append(deputy).append("出席并致辞。\n\n");
                b.append("此次签约的").append(project).append("由").append(company).append("投资建设，总投资")
                        .append(investment).append("亿元，达产后预计年销售收入").append(investment * 2).append("亿元。");
                if (stage < 0) {
                    b.append(company).append("董事长").append(chairman).append("表示，将加快推进项目落地，力争").append(year)
                            .append("年建成投产。");
                } else { // a dated corpus reports the signing itself, and no stage to come
                    b.append(project).append("当天正式签约。").append(company).append("董事长").append(chairman)
                            .append("表示，将加快推进项目落地。");
                }
            }
            default -> {
                b.append(place).append(level).append("召开重大项目推进会\n\n");
                b.append("本报讯（记者 ").append(reporter).append("）昨天，").append(place).append(level).append("召开重大项目推进会，")
                        .append(title).append(official).append("出席会议并讲话，").append(deputyTitle).append(deputy).append("主持会议。\n\n");
                b.append("会上，").append(company).append("介绍了").append(project).append("建设情况。项目总投资").append(investment)
                        .append("亿元，").append(status(r, stage)).append("。");
            }
        }
        List<String> fillers = new ArrayList<>(List.of(FILLER));
        java.util.Collections.shuffle(fillers, r);
        int count = 6 + r.nextInt(5);
        for (int k = 0; k < count; k++) {
            b.append(k % 2 == 0 ? "\n\n" : "").append(fillers.get(k));
        }
        return b.toString();
    }

    private static String status(Random r, int stage) {
        int random = r.nextInt(STATUSES.length); // drawn either way: the undated corpus stays the same
        return STATUSES[stage < 0 ? random : stage];
    }

    /** A person's name of its own for each number (up to some 200,000 numbers). */
    public static String person(int n) {
        return "" + SURNAMES.charAt(Math.floorMod(n / (GIVEN.length() * GIVEN.length()), SURNAMES.length()))
                + GIVEN.charAt(Math.floorMod(n / GIVEN.length(), GIVEN.length())) + GIVEN.charAt(Math.floorMod(n, GIVEN.length()));
    }

    /** A brand of its own for each number (three characters: some 200,000 brands). */
    public static String brand(int n) {
        int k = BRAND.length();
        return "" + BRAND.charAt(Math.floorMod(n / (k * k), k)) + BRAND.charAt(Math.floorMod(n / k, k)) + BRAND.charAt(Math.floorMod(n, k));
    }

    /** 武进区 → 武进; a name of two characters keeps its level word (城区). */
    private static String shortName(String full) {
        return full.length() > 2 && (full.endsWith("区") || full.endsWith("县") || full.endsWith("市"))
                ? full.substring(0, full.length() - 1) : full;
    }
}
