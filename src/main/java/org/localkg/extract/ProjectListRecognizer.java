package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects a text lists after saying what happened to them, named without 项目 or 工程:
 * 签约项目包括：甲电缆设备、乙生物检测试剂、丙储能系统; 此次集中开工的项目有甲、乙和丙;
 * 竣工项目分别是…. The list runs to the end of the clause (or to 等); each item that names
 * something specific is a project, and an item's own 项目 is not repeated in its name.
 */
final class ProjectListRecognizer {
    /** An event verb, optionally 的 and a kind word, then 项目 and a verb or a colon introducing the list. */
    private static final Pattern CUE = Pattern.compile(
            "(?:签约|开工|竣工|投产|落户|开建|投用|集中签约|集中开工|集中竣工)(?:的)?(?:重大|重点|产业|内资|外资)?项目"
                    + "(?:(?:主要)?(?:包括|有|为|分别是|分别为|涵盖|涉及|是)\\s*[：:]?|\\s*[：:])");
    private static final Pattern COUNT = Pattern.compile(".*\\d+(个|家|项|批|亿|万).*|.*[一二三四五六七八九十]+(个|家|项|批).*");
    private static final int MAX_ITEM = 32;

    private ProjectListRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = CUE.matcher(t.view());
        while (m.find()) {
            List<Span> items = items(t, m.end());
            if (items.size() < 2) {
                continue; // a list names two or more; one item is a sentence the other rules read
            }
            for (Span item : items) {
                if (!isProject(t, item)) {
                    continue;
                }
                Entity named = withSuffix(facts, t.originalSlice(item));
                if (named != null) {
                    facts.alias(named, item); // 甲储能系统 in the list, 甲储能系统项目 in the text
                } else {
                    facts.mention(EntityType.PROJECT, item);
                }
            }
        }
    }

    private static Entity withSuffix(ArticleFacts facts, String item) {
        for (String suffix : Lexicons.PROJECT_SUFFIXES.longestFirst()) {
            var e = facts.find(item + suffix).filter(x -> x.is(EntityType.PROJECT));
            if (e.isPresent()) {
                return e.get();
            }
        }
        return null;
    }

    /** The items from {@code from} to the clause's end or 等, split at 、 and ；, and 和/及 before the last. */
    static List<Span> items(ArticleText t, int from) {
        int end = from;
        while (end < t.length() && "。！？，,\n".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        String v = t.view();
        int deng = v.indexOf('等', from);
        if (deng >= 0 && deng < end) {
            end = deng;
        }
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= end; i++) {
            boolean sep = i == end || "、；;".indexOf(v.charAt(i)) >= 0;
            if (!sep) {
                continue;
            }
            addItem(t, out, start, i);
            start = i + 1;
        }
        return out;
    }

    /** An item, split once more when it is 甲和乙 at the list's end. */
    private static void addItem(ArticleText t, List<Span> out, int start, int end) {
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        String text = t.slice(start, end);
        int and = Math.max(text.lastIndexOf('和'), text.lastIndexOf('及'));
        if (and > 1 && and < text.length() - 2 && t.isTokenBoundary(start + and) && t.isTokenBoundary(start + and + 1)) {
            out.add(new Span(start, start + and));
            out.add(new Span(start + and + 1, end));
        } else if (end > start) {
            out.add(new Span(start, end));
        }
    }

    private static boolean isProject(ArticleText t, Span item) {
        String text = t.slice(item.start(), item.end());
        if (item.length() < 3 || item.length() > MAX_ITEM || COUNT.matcher(text).matches()) {
            return false;
        }
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end());
        if (suffix != null) {
            return ProjectRecognizer.isProjectName(t, item.start(), item.end() - suffix.length());
        }
        return NameChecks.specific(text).length() >= 2 && Lexicons.STOP_WORDS.prefixAt(text, 0) == null
                && !text.matches(".*(的|了|将|要|均|已).*");
    }
}
