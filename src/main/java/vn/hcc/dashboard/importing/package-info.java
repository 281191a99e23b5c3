/**
 * The dossier import: lists exported by the provincial one-stop software, checked row by row and upserted through
 * intake's {@code DossierService}.
 */
package vn.hcc.dashboard.importing;
