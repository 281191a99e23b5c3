package vn.hcc.dashboard.pakn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A photo sent with a public petition, as stored: re-encoded, without the sender's EXIF data. */
@Entity
@Table(name = "pakn_photo")
public class PaknPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pakn_id", nullable = false)
    private long paknId;

    @Column(nullable = false)
    private int position;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    // MEDIUMBLOB on MariaDB (up to 16 MB); the length is what makes Hibernate expect that type
    @Lob
    @Column(nullable = false, length = 16_777_215)
    private byte[] bytes;

    protected PaknPhoto() {
    }

    PaknPhoto(long paknId, int position, CleanPhoto photo) {
        this.paknId = paknId;
        this.position = position;
        this.contentType = photo.contentType();
        this.width = photo.width();
        this.height = photo.height();
        this.bytes = photo.bytes();
    }

    public Long getId() {
        return id;
    }

    public long getPaknId() {
        return paknId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
