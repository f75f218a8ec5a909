namespace Learnware.Reuse;

/// <summary>NSGA-II over bit vectors that mark a subset of the learnwares, every subset kept at two members or more.</summary>
/// <remarks>
/// Binary tournaments on (rank, crowding distance), uniform crossover, bit-flip mutation with rate 1/M, and
/// (μ+λ) survival by front and then crowding distance. Every draw comes from one seeded <see cref="Random"/>, so a
/// seed fixes the result. Duplicate subsets are dropped at survival so that they do not crowd out distinct ones.
/// </remarks>
internal sealed class Nsga2(IPruningObjectives objectives, int bits, int populationSize, Random random)
{
    private const int MinimumSize = 2;

    /// <summary>Evolves a population started from <paramref name="seeds"/> and random subsets; returns the final first front.</summary>
    public List<Candidate> Run(IEnumerable<bool[]> seeds, int generations)
    {
        var population = new List<Candidate>();
        foreach (var seed in seeds.Take(populationSize))
            population.Add(Evaluate((bool[])seed.Clone()));
        while (population.Count < populationSize)
            population.Add(Evaluate(RandomGenes()));
        population = Survivors(population);
        for (int g = 0; g < generations; g++)
        {
            var offspring = new List<Candidate>(populationSize + 1);
            while (offspring.Count < populationSize)
            {
                var (first, second) = Crossover(Tournament(population).Genes, Tournament(population).Genes);
                offspring.Add(Evaluate(Mutate(first)));
                offspring.Add(Evaluate(Mutate(second)));
            }
            population = Survivors([.. population, .. offspring]);
        }
        return population.Where(c => c.Rank == 0).ToList();
    }

    /// <summary>
    /// The repair operator: while fewer than two bits are set, flip each bit with probability 1/M. With M ≥ 2 this
    /// ends with probability one; a bounded number of rounds keeps it certain.
    /// </summary>
    public bool[] Repair(bool[] genes)
    {
        for (int round = 0; Count(genes) < MinimumSize; round++)
        {
            if (round == 1000)
            {
                // Practically unreachable; set the lowest clear bits so the loop cannot go on for ever.
                for (int i = 0; i < genes.Length && Count(genes) < MinimumSize; i++) genes[i] = true;
                break;
            }
            for (int i = 0; i < genes.Length; i++)
                if (random.NextDouble() < 1.0 / bits) genes[i] = !genes[i];
        }
        return genes;
    }

    private Candidate Evaluate(bool[] genes)
    {
        Repair(genes);
        return new Candidate(genes, objectives.Evaluate(genes));
    }

    private bool[] RandomGenes()
    {
        var genes = new bool[bits];
        for (int i = 0; i < bits; i++) genes[i] = random.Next(2) == 1;
        return genes;
    }

    private Candidate Tournament(List<Candidate> population)
    {
        var a = population[random.Next(population.Count)];
        var b = population[random.Next(population.Count)];
        if (a.Rank != b.Rank) return a.Rank < b.Rank ? a : b;
        if (a.Crowding != b.Crowding) return a.Crowding > b.Crowding ? a : b;
        return random.Next(2) == 0 ? a : b;
    }

    private (bool[], bool[]) Crossover(bool[] a, bool[] b)
    {
        var first = new bool[bits];
        var second = new bool[bits];
        for (int i = 0; i < bits; i++)
        {
            bool swap = random.Next(2) == 1;
            first[i] = swap ? b[i] : a[i];
            second[i] = swap ? a[i] : b[i];
        }
        return (first, second);
    }

    private bool[] Mutate(bool[] genes)
    {
        for (int i = 0; i < bits; i++)
            if (random.NextDouble() < 1.0 / bits) genes[i] = !genes[i];
        return genes;
    }

    /// <summary>The best distinct candidates, front by front, the last front cut by crowding distance.</summary>
    private List<Candidate> Survivors(List<Candidate> pool)
    {
        var distinct = pool.DistinctBy(c => c.Key).ToList();
        var survivors = new List<Candidate>(populationSize);
        foreach (var front in ParetoRanking.Sort(distinct))
        {
            if (survivors.Count + front.Count <= populationSize)
            {
                survivors.AddRange(front);
                continue;
            }
            survivors.AddRange(front.OrderByDescending(c => c.Crowding).Take(populationSize - survivors.Count));
            break;
        }
        return survivors;
    }

    private static int Count(bool[] genes) => genes.Count(g => g);
}
