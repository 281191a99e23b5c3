package vn.hcc.dashboard.pakn;

/** A user who may be assigned petitions (role PAKN_HANDLER): the username is what an item stores. */
public record PaknHandler(String username, String fullName) {

    public String label() {
        return fullName + " (" + username + ")";
    }
}
