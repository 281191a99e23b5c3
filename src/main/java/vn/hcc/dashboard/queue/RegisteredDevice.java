package vn.hcc.dashboard.queue;

/**
 * A device just created and its secret token, which exists only here: the table keeps its hash. The registration
 * path ({@code /thiet-bi/dang-ky?token=…}) is what the administrator opens on the device.
 */
public record RegisteredDevice(PublicDevice device, String token) {

    public String registrationPath() {
        return DeviceService.REGISTRATION_PATH + "?token=" + token;
    }
}
