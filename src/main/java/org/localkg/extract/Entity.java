package org.localkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.localkg.resolve.Names;

/**
 * One thing an article speaks of, with every name it uses for it and every place it does.
 * The article's fullest name is the {@link #name()}; the others are aliases.
 */
public final class Entity {
    private final Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Span> mentions = new ArrayList<>();
    private String role;
    private final Set<String> origins = new LinkedHashSet<>(2);

    Entity(EntityType type, String name) {
        this.types.add(type);
        this.name = Names.display(name);
    }

    public EntityType type() {
        return types.iterator().next();
    }

    /** Every type the text gives it, the preferred one first in enum order. */
    public Set<EntityType> types() {
        return types;
    }

    public boolean is(EntityType t) {
        return types.contains(t);
    }

    void addType(EntityType t) {
        types.add(t);
    }

    void removeType(EntityType t) {
        if (types.size() > 1) {
            types.remove(t);
        }
    }

    public String name() {
        return name;
    }

    /**
     * The name as the rules read the text ({@link ArticleText#view()}: half-width, simplified), so that a
     * page printed in traditional characters finds its names again in the view and compares them with
     * each other as a simplified page does; {@link #name()} stays as printed.
     */
    String form() {
        if (form == null) {
            form = org.localkg.nlp.hanlp.SimplifiedChars.of(org.localkg.nlp.HalfWidth.of(name));
        }
        return form;
    }

    /** {@link #form()} of the current name, made on first use (rules ask it in loops over entities and spans). */
    private String form;

    public Set<String> aliases() {
        return aliases;
    }

    /** Every name, normalised for comparison. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Names.key(name));
        aliases.forEach(a -> keys.add(Names.key(a)));
        return keys;
    }

    void addName(String other) {
        String d = Names.display(other);
        if (d.isBlank()) {
            return; // no characters, no name (the shapes require every name to have some)
        }
        if (Names.key(d).equals(Names.key(name))) {
            if (d.length() > name.length() && d.chars().anyMatch(c -> PersonNames.isNameDot((char) c))) {
                name = d; // 某某·某某 over 某某某某: a transliterated name shown with the dot between its parts
                form = null;
            }
            return;
        }
        if (Names.key(d).length() > Names.key(name).length()) {
            aliases.add(name);
            name = d;
            form = null;
        } else {
            aliases.add(d);
        }
        aliases.removeIf(a -> Names.key(a).equals(Names.key(name)));
    }

    public List<Span> mentions() {
        return mentions;
    }

    void addMention(Span s) {
        for (Span m : mentions) {
            if (m.equals(s)) {
                return;
            }
        }
        mentions.add(s);
    }

    /** The rules that named it (class.method:line), when {@link ArticleFacts#traceOrigins} is on; else empty. */
    public Set<String> origins() {
        return origins;
    }

    void addOrigin(String rule) {
        origins.add(rule);
    }

    /** A person's role as written when it is not an official post (负责人, 副总经理), or null. */
    public String role() {
        return role;
    }

    void role(String r) {
        if (role == null) {
            role = r;
        }
    }

    @Override
    public String toString() {
        return types + " " + name + (aliases.isEmpty() ? "" : " " + aliases);
    }
}
