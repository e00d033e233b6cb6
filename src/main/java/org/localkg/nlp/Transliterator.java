package org.localkg.nlp;

/** Chinese to ASCII, for readable IRIs: 西太湖 → xitaihu. */
public interface Transliterator {
    /** Lower-case ASCII letters and digits only; characters it cannot read are left out. */
    String toAscii(String text);
}
