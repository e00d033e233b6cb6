package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;

/**
 * Words the segmenter joins across a clause's parts, taken apart before any rule reads them.
 * The one repaired now: a person's name that took the preposition after it (某某为|某中心揭牌 read as
 * one name 某某为), when the clause ends in a ceremony done for someone.
 */
final class SegmentRepairs {
    private SegmentRepairs() {}

    private static final Pattern CEREMONY_FOR = Pattern.compile(
            "^[^，。；！？,;!?\\n]{2,40}?(?:揭牌|揭幕|授牌|授旗|颁奖|颁发|剪彩|题字|题写|点赞)");

    static List<Token> apply(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            boolean split = tk.isPersonName() && tk.text().length() == 3 && tk.text().charAt(2) == '为'
                    && CEREMONY_FOR.matcher(view).region(tk.end(), view.length()).lookingAt();
            if (split && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (split) {
                out.add(new Token(tk.text().substring(0, 2), tk.tag(), tk.start()));
                out.add(new Token("为", "p", tk.start() + 2));
            } else if (out != null) {
                out.add(tk);
            }
        }
        return out == null ? tokens : out;
    }
}
