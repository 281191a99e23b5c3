package vn.hcc.dashboard.pakn;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public petition form's limits ({@code app.petitions.*}): sends per network address per hour and per contact
 * per day, photos per petition and bytes per photo.
 */
@ConfigurationProperties("app.petitions")
public record PetitionLimits(int perAddressPerHour, int perContactPerDay, int maxPhotos, long maxPhotoBytes) {

    public PetitionLimits {
        perAddressPerHour = perAddressPerHour <= 0 ? 5 : perAddressPerHour;
        perContactPerDay = perContactPerDay <= 0 ? 3 : perContactPerDay;
        maxPhotos = maxPhotos <= 0 ? 3 : maxPhotos;
        maxPhotoBytes = maxPhotoBytes <= 0 ? 5L * 1024 * 1024 : maxPhotoBytes;
    }
}
