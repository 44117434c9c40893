#pragma once

#include <QtGlobal>
#include <initializer_list>

// The demo data's pseudo-random numbers: xoshiro256** seeded through splitmix64. Small, fast and
// identical on every platform and engine, so the same seed always gives the same demo data
// (std::rand and QRandomGenerator::global are neither seedable per stream nor reproducible).
// A stream number derives independent generators from one seed: DemoSeeder gives every customer
// its own stream, so a customer's data does not depend on batch sizes or on other customers.
// Not for secrets.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull);
        for (quint64& word : m_state)
            word = splitMix64(x);
    }

    static quint64 splitMix64(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. (Multiply-shift on the top 32 bits: deterministic, bias < 2^-32·n.)
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [low, high], both inclusive.
    qint64 range(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        if (span <= 0xFFFFFFFFull)
            return low + qint64(below(quint32(span)));
        return low + qint64(next() % span);
    }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return int(below(1000)) < perMille; }
    // An index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint32(total)));
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename List> const auto& pick(const List& list) { return list.at(below(quint32(list.size()))); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};
