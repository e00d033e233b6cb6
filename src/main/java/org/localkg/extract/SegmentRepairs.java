package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;

/**
 * Words the segmenter joins across a clause's parts, taken apart before any rule reads them, and
 * places it takes apart. Repaired now: a person's name that took the preposition after it (某某为|某中心揭牌
 * read as one name 某某为), when the clause ends in a ceremony done for someone; a division's name
 * read as a conjunction's character and the rest (和|林格尔: the gazetteer knows 和林格尔), which would
 * split a list's item there, or as a person's name and pieces (吉木|萨|尔|县); a name that took the first
 * character of the verb after it (某某来|到: 来到 is a word that follows names; 某某利|用); a zone word's
 * last character and a conjunction read as a person's name (片|区及); a conjunction after a work read
 * as one word with what follows (项目|和顺|通); a name's last character read with the 一行 after it
 * (某某|辉一行); a town's name read as a person's (某亭镇/nr).
 */
final class SegmentRepairs {
    private SegmentRepairs() {}

    private static final Pattern CEREMONY_FOR = Pattern.compile(
            "^[^，。；！？,;!?\\n]{2,40}?(?:揭牌|揭幕|授牌|授旗|颁奖|颁发|剪彩|题字|题写|点赞)");

    static List<Token> apply(String view, List<Token> tokens) {
        return townsReadAsNames(view, placesUnderNames(view, yearsOfOutput(classifiersAfterNumbers(namesBeforeParty(conjunctionsAfterWorks(placeWordsBeforeConjunctions(placesFromConjunctions(view,
                conjunctionWordsOpeningPlaces(view, personsIntoVerbs(view, personsBeforeCeremony(view, tokens)))))))))));
    }

    /**
     * 某亭镇/nr: a town's name, three characters or more ending in 镇 or 乡, that the segmenter read as a person's
     * name is the place (某亭镇经贸办主任某某: the town's office, then the post's holder).
     */
    private static List<Token> townsReadAsNames(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            boolean town = tk.isPersonName() && tk.text().length() >= 3 && "镇乡".indexOf(tk.text().charAt(tk.text().length() - 1)) >= 0
                    && tk.text().equals(org.localkg.resolve.Divisions.get().placeAt(view, tk.start()));
            if (town && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.add(town ? new Token(tk.text(), "ns", tk.start()) : tk);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * 甲园和|乐都区…: a word of two characters that a conjunction opens (和乐) and that takes the first character of
     * a county or district named right after it: the conjunction alone, then the place, and what is left of the
     * word the place ends in (区朝阳 → 朝阳) a word of its own. Not where the word is a place itself (和田).
     */
    private static List<Token> conjunctionWordsOpeningPlaces(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            String place = tk.text().length() == 2 && OPENING_CONJUNCTIONS.indexOf(tk.text().charAt(0)) >= 0
                    && !tk.tag().startsWith("ns") && org.localkg.resolve.Divisions.get().regionAt(view, tk.start()) == null
                    ? org.localkg.resolve.Divisions.get().regionAt(view, tk.start() + 1) : null;
            int end = place == null || place.length() < 3 || !COUNTY_OR_DISTRICT.matcher(place).find() ? -1 : tk.start() + 1 + place.length();
            int last = -1;
            for (int k = i + 1; k < tokens.size() && end > 0 && tokens.get(k).start() < end; k++) {
                last = k;
            }
            if (last < 0) {
                if (out != null) {
                    out.add(tk);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            out.add(new Token(tk.text().substring(0, 1), "c", tk.start()));
            out.add(new Token(place, "ns", tk.start() + 1));
            Token cut = tokens.get(last);
            if (cut.end() > end) {
                out.add(new Token(view.substring(end, cut.end()), "n", end));
            }
            i = last;
        }
        return out == null ? tokens : out;
    }

    /** The names of counties and districts, which a conjunction's word may take the first character of. */
    private static final Pattern COUNTY_OR_DISTRICT = Pattern.compile("[县区旗]$");

    /**
     * 库|伦旗委/nr: a county's or banner's name of three characters or more that opens with a one-character word and runs
     * into a word the segmenter read as a person's name is the place (its division word, 旗委's 委, a word of its own).
     */
    private static List<Token> placesUnderNames(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String place = tk.text().length() == 1 && !tk.isFunctionWord() && next != null && next.start() == tk.end() && next.isPersonName()
                    ? org.localkg.resolve.Divisions.get().regionAt(view, tk.start()) : null;
            int end = place == null ? -1 : tk.start() + place.length();
            if (place == null || place.length() < 3 || end <= next.start() || end > next.end()
                    || !org.localkg.resolve.Divisions.get().isRegion(place)) {
                if (out != null) {
                    out.add(tk);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            out.add(new Token(place, "ns", tk.start()));
            if (end < next.end()) {
                out.add(new Token(view.substring(end, next.end()), "n", end));
            }
            i++; // the name's word is the place's now
        }
        return out == null ? tokens : out;
    }

    /**
     * 某马|年产200万吨…: a word ending in 年 (马年, a year of the zodiac) before 产 and a number is a name's character
     * and the 年产 of a yearly output (年产 is how the genre states a capacity): the name's part, then 年产 as one verb.
     */
    private static List<Token> yearsOfOutput(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Token number = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            boolean split = tk.text().length() >= 2 && tk.text().endsWith("年") && !Character.isDigit(tk.text().charAt(tk.text().length() - 2))
                    && next != null && next.text().equals("产") && next.start() == tk.end()
                    && number != null && number.tag().equals("m") && number.start() == next.end();
            if (!split) {
                if (out != null) {
                    out.add(tk);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            String name = tk.text().substring(0, tk.text().length() - 1);
            out.add(new Token(name, "n", tk.start()));
            out.add(new Token("年产", "v", tk.end() - 1));
            i++; // 产 is in 年产 now
        }
        return out == null ? tokens : out;
    }

    /**
     * 只 right after a number (年产1亿|只|肉鸡…) is the classifier, not the adverb "only" the tagger may
     * call it: a quantity goes on, it does not end a phrase.
     */
    private static List<Token> classifiersAfterNumbers(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (tk.text().equals("只") && tk.tag().equals("d") && before.tag().equals("m") && before.end() == tk.start()) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, new Token("只", "q", tk.start()));
            }
        }
        return out == null ? tokens : out;
    }

    /** Words of one character that lead or meet a party (某某带|一行人, 与|一行): verbs, prepositions, conjunctions. */
    private static final String NOT_A_NAMES_END = "带率领携偕陪随与同和及向为迎告送请";

    /**
     * A name of two characters and, as one word, the next character with 一行 (某某|辉一行|来到): the
     * character ends the name, and 一行, the party the name leads, is a word of its own.
     */
    private static List<Token> namesBeforeParty(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean join = tk.isPersonName() && tk.text().length() == 2 && next != null && next.start() == tk.end()
                    && next.text().length() == 3 && next.text().endsWith("一行") && ArticleText.isHan(next.text().charAt(0))
                    && NOT_A_NAMES_END.indexOf(next.text().charAt(0)) < 0;
            if (join && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (join) {
                out.add(new Token(tk.text() + next.text().charAt(0), tk.tag(), tk.start()));
                out.add(new Token("一行", "n", next.start() + 1));
                i++;
            } else if (out != null) {
                out.add(tk);
            }
        }
        return out == null ? tokens : out;
    }

    /** Words that open with a conjunction's character and are read as words after a work too (项目及时开工). */
    private static final java.util.Set<String> CONJUNCTION_WORDS = java.util.Set.of("及时", "及早", "与会");

    /**
     * A word opening with 和, 与 or 及 right after 项目 or 工程 (甲化工项目|和顺|通物流园项目: 和顺 is a word):
     * after a named work the character is the conjunction of a list, and the rest opens the next name.
     */
    private static List<Token> conjunctionsAfterWorks(List<Token> tokens) {
        return splitAfterFirst(tokens, (before, tk) -> tk.text().length() >= 2 && "和与及".indexOf(tk.text().charAt(0)) >= 0
                && before != null && (before.text().endsWith("项目") || before.text().endsWith("工程"))
                && !CONJUNCTION_WORDS.contains(tk.text()), "cc", "ng");
    }

    /**
     * A two-character "person's name" made of the last character of a place's word and a conjunction
     * (某试验区某地片|区及|重点企业: 区 is a surname too): the place's character and the conjunction.
     */
    private static List<Token> placeWordsBeforeConjunctions(List<Token> tokens) {
        return splitAfterFirst(tokens, (before, tk) -> tk.text().length() == 2 && tk.tag().startsWith("nr")
                && "区园城港".indexOf(tk.text().charAt(0)) >= 0 && "及和与".indexOf(tk.text().charAt(1)) >= 0, "ng", "cc");
    }

    /**
     * Each token the test picks (given the token before it, null for the first) split after its first
     * character into two, tagged {@code firstTag} and {@code restTag}; the list itself when none is.
     */
    private static List<Token> splitAfterFirst(List<Token> tokens, java.util.function.BiPredicate<Token, Token> split,
            String firstTag, String restTag) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            boolean cut = split.test(i > 0 ? tokens.get(i - 1) : null, tk);
            if (cut && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (cut) {
                out.add(new Token(tk.text().substring(0, 1), firstTag, tk.start()));
                out.add(new Token(tk.text().substring(1), restTag, tk.start() + 1));
            } else if (out != null) {
                out.add(tk);
            }
        }
        return out == null ? tokens : out;
    }

    /** Whether a token from the {@code i}th on ends at {@code end}. */
    private static boolean endsToken(List<Token> tokens, int i, int end) {
        for (int k = i; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (tokens.get(k).end() == end) {
                return true;
            }
        }
        return false;
    }

    /** The characters of a conjunction or preposition that may open a place's name. */
    private static final String OPENING_CONJUNCTIONS = "和与及同";

    private static List<Token> placesFromConjunctions(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            int last = -1;
            String place = null;
            // (a name of two characters only before a park's word: 和|静|工业园区, a county's short name and its park)
            // …or a person's name: a division the segmenter does not know read as a name and pieces (吉木|萨|尔|县)
            // (after a mark, a one-character word or nothing: a word before may be read with the place, 另据|青川县)
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean opensPhrase = before == null || before.text().length() == 1 || !ArticleText.isHan(before.text().charAt(0));
            if (tk.text().length() == 1 && OPENING_CONJUNCTIONS.contains(tk.text()) && (tk.tag().startsWith("c") || tk.tag().equals("p"))
                    || tk.isPersonName() && opensPhrase) {
                place = org.localkg.resolve.Divisions.get().regionAt(view, tk.start());
                if (place != null && place.length() >= 4 && tk.isPersonName() && !endsToken(tokens, i, tk.start() + place.length())
                        && org.localkg.resolve.Divisions.get().isRegion(place.substring(0, place.length() - 1))) {
                    place = place.substring(0, place.length() - 1); // 吉木萨尔|县委: the short name, before the word its suffix opens
                }
                int end = place == null || place.length() < 3 && !(place.length() == 2 && !tk.isPersonName()
                        && "县区市旗镇乡".indexOf(place.charAt(1)) < 0 // (高新区和|县工业园区: 和 and a county's word)
                        && Lexicons.PARK_SUFFIXES.prefixAt(view, tk.start() + 2) != null) ? -1 : tk.start() + place.length();
                for (int k = i + 1; k < tokens.size() && end > 0 && tokens.get(k).start() < end; k++) {
                    if (tokens.get(k).end() == end) {
                        last = k;
                    }
                }
            }
            if (last > 0 && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (last > 0) {
                out.add(new Token(place, "ns", tk.start()));
                i = last;
            } else if (out != null) {
                out.add(tk);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * A name of three characters or more whose last one opens, with the next word, a word of two that
     * follows names (某某来|到, 某某带|领): the name ends before it and the verb is whole again.
     */
    private static List<Token> personsIntoVerbs(String view, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String verb = null;
            if (tk.isPersonName() && tk.text().length() >= 3 && next != null && next.start() == tk.end() && next.text().length() == 1) {
                verb = Lexicons.AFTER_NAME.prefixAt(view, tk.end() - 1);
                if (verb == null && view.startsWith("利用", tk.end() - 1)) {
                    // 某某利|用一天时间: 利用 follows a name here, but 利 ends many given names, so it is no
                    // word that ends a name elsewhere (PersonNames); the name is split only when the text
                    // never names it whole (namedWithoutVerb below)
                    verb = "利用";
                }
            }
            boolean split = verb != null && verb.length() == 2 && Lexicons.SURNAMES.prefixAt(view, tk.start()) != null
                    && !namedWithoutVerb(view, tk.text(), verb.charAt(1));
            if (split && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (split) {
                out.add(new Token(tk.text().substring(0, tk.text().length() - 1), tk.tag(), tk.start()));
                out.add(new Token(verb, "v", tk.end() - 1));
                i++;
            } else if (out != null) {
                out.add(tk);
            }
        }
        return out == null ? tokens : out;
    }

    /** The text names {@code name} somewhere with another character after it: the whole is the name (某某来 of 副市长某某来说). */
    private static boolean namedWithoutVerb(String view, String name, char verbEnd) {
        for (int at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
            int after = at + name.length();
            if (after >= view.length() || view.charAt(after) != verbEnd) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> personsBeforeCeremony(String view, List<Token> tokens) {
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
