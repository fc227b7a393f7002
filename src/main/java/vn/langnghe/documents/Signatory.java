package vn.langnghe.documents;

import vn.langnghe.identity.SignedInUser;

/**
 * Who signs a document on behalf of the issuing authority, as the signature and the verification page show it.
 *
 * @param name  the person, from their account, e.g. "Nguyễn Văn A"
 * @param title their signing title, e.g. "CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for a Vice-Chairman
 *              signing by delegation
 */
public record Signatory(String name, String title) {

    /** The provincial leader deciding on a dossier, signing as Chairman. */
    public static Signatory leader(SignedInUser leader) {
        return new Signatory(leader.fullName(), "CHỦ TỊCH");
    }
}
