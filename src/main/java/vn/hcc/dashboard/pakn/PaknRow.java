package vn.hcc.dashboard.pakn;

/**
 * A petition as the director's list shows it: the item, its unit's name and its handler's full name (the username
 * when the account no longer handles petitions), resolved by {@link PaknService}; "" where there is none.
 */
public record PaknRow(Pakn item, String unitName, String handlerName) {
}
