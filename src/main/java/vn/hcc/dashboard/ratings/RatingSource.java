package vn.hcc.dashboard.ratings;

/** Where a rating came from: a counter's tablet, or the dossier import (the national portal's ratings). */
public enum RatingSource {
    TABLET, IMPORT
}
