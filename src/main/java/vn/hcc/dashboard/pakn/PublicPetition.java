package vn.hcc.dashboard.pakn;

import java.util.List;

/**
 * What a citizen sends from the public page. {@code website} is the form's hidden trap field: people never see it,
 * form-filling robots fill it. {@code photos} are the uploaded files' bytes, as received.
 */
public record PublicPetition(PaknCategory category, Long unitId, String content, String citizenName, String contact,
        boolean consent, String website, List<byte[]> photos) {
}
