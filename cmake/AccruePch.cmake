# Precompiled headers: every translation unit parses the same Qt and standard
# headers, which is about half of its compile time. Each library precompiles
# only what its layer may use (QtSql for storage alone, QtWidgets for ui), so
# a PCH never hides an include a layer must not have. The test executables
# have none: loading a precompiled header costs about two seconds per file,
# as much as it saves there, where the time goes to code generation.
# -DACCRUE_PCH=OFF builds without them, which proves that every file
# includes what it uses.
option(ACCRUE_PCH "Precompile the common Qt and standard headers" ON)

set(ACCRUE_PCH_CORE
    <QByteArray> <QDate> <QDateTime> <QHash> <QList> <QMap> <QObject> <QString>
    <QStringList> <QVariant> <algorithm> <functional> <map> <memory> <optional> <set>
    <vector>)
set(ACCRUE_PCH_SQL <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord>)
set(ACCRUE_PCH_WIDGETS
    <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPushButton> <QTableView>
    <QVBoxLayout> <QWidget>)

# accrue_precompile(target CORE|SQL|WIDGETS)
function(accrue_precompile target kind)
    if(NOT ACCRUE_PCH)
        return()
    endif()
    set(headers ${ACCRUE_PCH_CORE})
    if(kind STREQUAL "SQL")
        list(APPEND headers ${ACCRUE_PCH_SQL})
    elseif(kind STREQUAL "WIDGETS")
        list(APPEND headers ${ACCRUE_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
