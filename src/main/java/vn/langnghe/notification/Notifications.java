package vn.langnghe.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

    @Query("""
            select n from Notification n
            where (n.recipientRole = :role or n.recipientCommuneId = :communeId)
            order by n.createdAt desc, n.id desc
            """)
    List<Notification> forRecipient(String role, Long communeId, Pageable page);

    @Query("""
            select n from Notification n
            where (n.recipientRole = :role or n.recipientCommuneId = :communeId) and n.createdAt > :after
            order by n.createdAt, n.id
            """)
    List<Notification> forRecipientSince(String role, Long communeId, Instant after);

    @Query(value = """
            select count(*) from notification n
            where (n.recipient_role = :role or n.recipient_commune_id = :communeId)
              and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :username)
            """, nativeQuery = true)
    long unread(String role, Long communeId, String username);

    @Query(value = "select r.notification_id from notification_read r where r.username = :username "
            + "and r.notification_id in (:ids)", nativeQuery = true)
    List<Long> readAmong(String username, List<Long> ids);

    @Modifying
    @Query(value = """
            insert ignore into notification_read (notification_id, username)
            select n.id, :username from notification n
            where n.recipient_role = :role or n.recipient_commune_id = :communeId
            """, nativeQuery = true)
    void markAllRead(String role, Long communeId, String username);
}
