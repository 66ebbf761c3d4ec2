// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.14
dateline	-5.27
elsewhere	-6.62
ends=ababa	1.5
ends=airport	-5.49
ends=al-juma	4.74
ends=area	-2.95
ends=avenue	5.46
ends=bridge	9.47
ends=camp	2.39
ends=chad	-2.57
ends=church	-2.34
ends=city	1.15
ends=county	-6.6
ends=dam	-3.87
ends=delgado	-0.98
ends=division	-1.63
ends=dos	6.07
ends=fasher	2.33
ends=highway	-5.51
ends=hospital	-9.01
ends=kivu	-0.96
ends=kordofan	-1.34
ends=market	8.4
ends=mosque	6.08
ends=nile	-4.01
ends=province	-0.76
ends=region	-8.2
ends=river	-7.76
ends=road	-5
ends=sea	-3.49
ends=shabelle	-0.68
ends=square	-0.81
ends=state	-5.5
ends=street	-5.07
ends=sudan	-2.89
ends=sur	-3.09
ends=township	-1.56
headlineOnly	0.25
insidePick	1.1
inside|besidePick	1.07
inside|bias	1.1
inside|ends=highway	-1
inside|ends=hospital	-2.6
inside|ends=market	5.36
inside|ends=road	-3.65
inside|headlineOnly	-2.4
inside|kind=admin1	-3.48
inside|kind=city	6.53
inside|kind=site	0.23
inside|locative	-2.58
inside|mentions=1	-1.52
inside|mentions=2	0.22
inside|mentions=3	2.41
inside|named	-0.75
inside|near	5.2
inside|next=and	-3.99
inside|next=area	7.6
inside|next=at	4
inside|next=in	4.87
inside|next=near	-1
inside|next=of	-2.33
inside|next=said	-2.72
inside|next=who	0.96
inside|origin	-5.63
inside|prev2=at the	5.01
inside|prev2=in the	-0.36
inside|prev2=on the	-1.87
inside|prev=at	-4.53
inside|prev=in	-0.19
inside|prev=of	-2.14
inside|prev=the	-4.29
inside|prev=to	-0.92
inside|rank<=1	3.17
inside|rank<=2	-0.31
inside|rank<=4	-4.6
inside|rank>4	2.84
inside|sentence<=0	-0.54
inside|sentence<=1	3.99
inside|sentence<=2	1.64
inside|sentence<=3	-3.94
inside|sentence<=5	1.8
inside|sentence<=8	1.01
inside|sentence>8	-4.36
inside|untold	1.5
inside|weight<=0	1.5
inside|weight<=1	4.92
inside|weight<=12	-2.5
inside|weight<=2	0.05
inside|weight<=4	2.59
inside|weight<=7	-4.1
inside|weight>12	-1.35
kind=admin1	-6.96
kind=admin2	-1.63
kind=city	0.22
kind=region	1.6
kind=site	6.77
locative	-1.55
mentions=1	-3.21
mentions=2	0.8
mentions=3	2.42
named	-0.98
near	-3.49
next='s	-9.71
next=a	11.02
next=about	-1.43
next=according	4
next=afp	-1.9
next=after	5.13
next=an	-1.91
next=and	-5.16
next=area	7.52
next=around	8.13
next=at	0.54
next=by	3.68
next=department	-1.78
next=district	-4.77
next=during	-3.84
next=early	-11.25
next=for	5.45
next=forest	-0.2
next=had	-2.14
next=has	-0.91
next=have	0.93
next=he	-4.13
next=in	3.53
next=is	6.4
next=killed	-1.12
next=killing	-1.61
next=kills	1.05
next=last	-4.38
next=late	1.2
next=may	-0.99
next=mountains	-0.99
next=near	0.68
next=neighbourhood	1.67
next=of	-7.81
next=on	3.59
next=one	-4.89
next=police	-2
next=prefecture	-1.14
next=province	-4.94
next=region	-12.4
next=regional	-0.64
next=regions	-1.7
next=residents	-0.85
next=road	-0.98
next=said	-2.72
next=shortly	-2.73
next=since	2.19
next=some	3.4
next=state	-3.5
next=territory	-3.25
next=that	-1.21
next=the	-2.39
next=they	-1.82
next=this	-3.39
next=to	1.83
next=told	-0.16
next=town	3.31
next=township	-1.31
next=village	10.22
next=was	0.13
next=we	-1.45
next=were	-4.83
next=west	3.22
next=when	-2.67
next=where	3.27
next=which	-3.67
next=while	-0.97
next=who	2.3
next=with	-0.49
next=’s	-3.92
origin	-6.08
pick|bias	5.09
pick|dateline	1.92
pick|kind=city	1.87
pick|locative	0.81
pick|mentions=1	3.99
pick|mentions=2	0.92
pick|mentions=3	0.19
pick|named	0.38
pick|near	0.1
pick|next='s	-7.8
pick|next=a	-2.64
pick|next=and	6.91
pick|next=by	-2.23
pick|next=district	4.47
pick|next=in	0.22
pick|next=killed	-0.41
pick|next=late	3.89
pick|next=on	-0.8
pick|next=the	0.76
pick|next=town	3.77
pick|next=village	2.63
pick|origin	4.96
pick|prev2=area of	-1.04
pick|prev2=city of	1.08
pick|prev2=district of	-0.83
pick|prev2=in the	2.24
pick|prev2=municipality of	-2.58
pick|prev2=town of	4.19
pick|prev2=village of	5.39
pick|prev=at	2.18
pick|prev=in	-2.17
pick|prev=near	-2.87
pick|prev=of	1.84
pick|prev=the	3.05
pick|rank<=0	-0.81
pick|sentence<=0	0.15
pick|sentence<=1	-0.24
pick|sentence<=2	-2.27
pick|sentence<=3	-2.37
pick|sentence<=5	-2.79
pick|sentence>8	-1.04
pick|settlement	-2.1
pick|weight<=12	-1.67
pick|weight<=2	-0.25
pick|weight<=4	-2.16
pick|weight<=7	1.6
pick|weight>12	1.68
prev2=along the	-2.44
prev2=and the	-7.2
prev2=area of	-1.04
prev2=around the	-0.77
prev2=at the	3.56
prev2=attack on	4.43
prev2=base in	1.67
prev2=building on	3.75
prev2=capital of	0.46
prev2=church in	-0.94
prev2=city of	-3.25
prev2=clash in	-6.04
prev2=community of	10.85
prev2=conference in	-2.11
prev2=control of	3.01
prev2=department of	-3
prev2=district of	-0.83
prev2=fighting in	-1.8
prev2=forces in	6.44
prev2=from the	-4.96
prev2=held in	-0.4
prev2=hospital in	-9.22
prev2=in the	-1.24
prev2=market in	2.76
prev2=municipality of	-3.79
prev2=near the	-1.71
prev2=of the	1.18
prev2=office in	-2.17
prev2=on the	-4.68
prev2=outskirts of	7.13
prev2=parts of	-0.83
prev2=people in	-7.08
prev2=police in	-8.46
prev2=port of	3.31
prev2=post in	-6.02
prev2=province of	0.14
prev2=region of	-0.27
prev2=road between	-1.68
prev2=signed in	2.33
prev2=south of	-3.96
prev2=state capital	-2.86
prev2=state of	-1
prev2=station in	1.65
prev2=strike on	0.28
prev2=struck the	6.16
prev2=taken to	-1.65
prev2=the capital	-2.42
prev2=the city's	-3.13
prev2=the nearby	-2.32
prev2=to the	-3.8
prev2=towards the	-11.29
prev2=town in	-2.49
prev2=town of	3.05
prev2=village in	2.76
prev2=village of	9.2
prev2=villages of	-2.3
prev2=west of	-2.66
prev=across	1.75
prev=along	3.85
prev=and	-10.4
prev=around	9.93
prev=at	5.53
prev=between	5.22
prev=capital	0.09
prev=central	5.37
prev=city's	-3.13
prev=eastern	1.88
prev=for	-5.13
prev=from	-9.01
prev=hit	3.15
prev=in	2.91
prev=including	-0.78
prev=near	5.4
prev=nearby	-4.96
prev=northern	-0.98
prev=of	0.52
prev=on	-4.32
prev=say	-1.62
prev=says	0.82
prev=southern	-1.27
prev=sudan's	-2.06
prev=the	1.28
prev=to	-2.26
prev=towards	-8.87
prev=western	-1.57
prev=with	4.2
rank<=0	-6.7
rank<=1	2.6
rank<=2	2.34
rank<=4	1.33
rank>4	0.43
rule-pick	5.09
sentence<=0	4.24
sentence<=1	3.8
sentence<=2	8.33
sentence<=3	5.67
sentence<=5	-0.81
sentence<=8	-4.68
sentence>8	-15.18
settlement	4.86
untold	-1.35
weight<=0	-1.35
weight<=1	-1.1
weight<=12	-0.45
weight<=2	1.5
weight<=4	3.37
weight<=7	-0.53
weight>12	-1.45
`;
