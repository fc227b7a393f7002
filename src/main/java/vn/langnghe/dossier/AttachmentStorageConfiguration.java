package vn.langnghe.dossier;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    /** Files live outside the web root; on several nodes this folder must be shared storage. */
    @Bean
    AttachmentFiles attachmentFiles(@Value("${langnghe.attachments.directory:data/attachments}") Path directory) {
        return new AttachmentFiles(directory.toAbsolutePath());
    }
}
