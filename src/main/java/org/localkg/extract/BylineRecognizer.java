package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporters, correspondents and photographers: the names in a byline (□本报记者 殷爱馨 通讯员 汤乃颖),
 * in the parentheses of a 本报讯 lead (本报讯(舒泉清 记者周洁茹)), and in photo credits (陆新 徐晶玮 摄).
 * They are typed Reporter, never Official.
 */
final class BylineRecognizer {
    private static final Pattern LEAD = Pattern.compile("本报讯\\s*[(（]([^)）]{2,60})[)）]");
    private static final Pattern CREDIT = Pattern.compile("((?:\\p{IsHan}{2,4}\\s*){1,4})摄(?=\\s*$|\\s*\\n)");
    private static final Pattern ROLE = Pattern.compile("□|■|本报特约记者|本报记者|特约记者|记者|通讯员|实习生|综合报道|本报|摄影|摄|文/|图/");
    private static final Pattern NEWSROOM = Pattern.compile("(?:中心|社|台|报|网|站|频道)$");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");

    private BylineRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        String byline = t.article().byline();
        if (byline != null && !byline.isBlank()) {
            int at = v.indexOf(byline.replace('\u3000', ' '));
            if (at >= 0 && !byline.endsWith("摄")) {
                names(t, facts, at, at + byline.length());
            }
        }
        Matcher lead = LEAD.matcher(v);
        if (lead.find()) {
            names(t, facts, lead.start(1), lead.end(1));
        }
        // the pattern is slow to try at every position: only where a credit can be
        if (v.indexOf('摄') >= 0) {
            Matcher credit = CREDIT.matcher(v);
            while (credit.find()) {
                names(t, facts, credit.start(1), credit.end(1));
            }
        }
    }

    /**
     * Where the employer written right before a role word starts (融媒体中心记者, 新华社记者, 县电视台记者):
     * a run of characters ending in a newsroom's word; {@code roleAt} when there is none, so that a
     * name written against the next role (记者周洁茹通讯员汤乃颖, 记者张卫社通讯员…: a surname and two
     * characters) stays a name. The run starts after the role word before it ({@code afterRole}).
     */
    private static int employerBefore(String part, int roleAt, int afterRole) {
        int start = roleAt;
        while (start > afterRole && Character.UnicodeScript.of(part.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        String run = part.substring(start, roleAt);
        return NEWSROOM.matcher(run).find() && !(run.length() <= 3 && Lexicons.SURNAMES.prefixAt(run, 0) != null) ? start : roleAt;
    }

    /** The names in {@code [from, to)} once role words and marks are taken out. */
    private static void names(ArticleText t, ArticleFacts facts, int from, int to) {
        String part = t.slice(from, to);
        char[] masked = part.toCharArray();
        Matcher role = ROLE.matcher(part);
        int lastRoleEnd = 0;
        while (role.find()) {
            for (int k = employerBefore(part, role.start(), lastRoleEnd); k < role.end(); k++) {
                masked[k] = ' ';
            }
            lastRoleEnd = role.end();
        }
        Matcher name = NAME.matcher(new String(masked));
        while (name.find()) {
            facts.mention(EntityType.REPORTER, new Span(from + name.start(), from + name.end()));
        }
    }
}
