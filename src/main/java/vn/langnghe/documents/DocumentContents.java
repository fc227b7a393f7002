package vn.langnghe.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContents extends JpaRepository<DocumentContent, Long> {
}
