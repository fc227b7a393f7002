package vn.langnghe.village;

/** What a registry entry is: a village (LN or LNTT, or not yet recognised), or a traditional craft (NTT). */
public enum EntryKind {
    VILLAGE,
    CRAFT
}
