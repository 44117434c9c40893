#pragma once

#include <QStringList>

// Splits a migration file into single statements. Understands quotes, comments,
// PostgreSQL dollar quoting ($$ ... $$, $body$ ... $body$) and SQLite trigger bodies
// (CREATE TRIGGER ... BEGIN ...; ...; END;), whose inner semicolons do not end the statement.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
