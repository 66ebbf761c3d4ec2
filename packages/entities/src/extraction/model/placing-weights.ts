// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	-0.08
dateline	-4.42
elsewhere	-3.97
ends=ababa	1.52
ends=airport	-2.87
ends=al-juma	2.87
ends=area	-2.54
ends=avenue	6.54
ends=camp	7.61
ends=chad	-1.58
ends=church	-4.08
ends=city	-1.91
ends=county	-5.43
ends=dam	-5.32
ends=darfur	-1.05
ends=dos	3.86
ends=fasher	1.16
ends=highway	-6.38
ends=hospital	-11.46
ends=market	10.02
ends=mosque	5.72
ends=praia	-0.32
ends=province	-1.23
ends=region	-10.09
ends=river	-7.64
ends=road	-2.75
ends=sea	-2.9
ends=square	-4.84
ends=state	-5.63
ends=street	-3.82
ends=sudan	-4.15
ends=township	-2.25
headlineOnly	0.99
insidePick	1.01
inside|besidePick	0.55
inside|bias	1.01
inside|ends=highway	-0.99
inside|ends=hospital	0.27
inside|ends=market	4.62
inside|ends=road	-0.76
inside|headlineOnly	-2.65
inside|kind=admin1	-5.63
inside|kind=city	5.66
inside|kind=site	2.02
inside|locative	-3.72
inside|mentions=1	-2.18
inside|mentions=2	1.43
inside|mentions=3	1.76
inside|named	0.69
inside|near	4.71
inside|next=and	-6.09
inside|next=area	8.02
inside|next=in	7.11
inside|next=near	-1.8
inside|next=of	-2.96
inside|next=region	-1.88
inside|next=said	-1.69
inside|next=who	1.34
inside|origin	-5.13
inside|prev2=at the	4.42
inside|prev2=in the	-1.79
inside|prev2=on the	-1.75
inside|prev=at	-4.83
inside|prev=in	1.82
inside|prev=of	-1.55
inside|prev=the	-2.18
inside|rank<=1	4.88
inside|rank<=2	-2.44
inside|rank<=4	-6.02
inside|rank>4	4.29
inside|sentence<=0	0.21
inside|sentence<=1	4.08
inside|sentence<=2	0.82
inside|sentence<=3	-3.35
inside|sentence<=5	5.05
inside|sentence<=8	-0.05
inside|sentence>8	-6.95
inside|untold	1.2
inside|weight<=0	1.2
inside|weight<=1	5.18
inside|weight<=12	-1.46
inside|weight<=2	0.3
inside|weight<=4	1.71
inside|weight<=7	-5.34
inside|weight>12	-0.58
kind=admin1	-6.39
kind=city	-0.44
kind=region	3.64
kind=site	6.63
locative	-1.37
mentions=1	-3.01
mentions=2	0.56
mentions=3	2.45
named	-0.84
near	-4.23
next='s	-9.78
next=a	12.63
next=about	-0.64
next=according	5.98
next=afp	-4.08
next=after	3.63
next=also	-1.42
next=and	-5.49
next=area	6.07
next=at	0.99
next=by	5.92
next=department	-2.75
next=district	-3.11
next=during	1.13
next=early	-12.55
next=for	4.05
next=forest	-0.98
next=had	-0.05
next=has	-1.9
next=have	-0.43
next=he	-2.41
next=in	2.15
next=is	5.48
next=killed	-3.27
next=killing	-1.27
next=kills	2.06
next=last	-2.61
next=late	-0.53
next=mountains	-1.03
next=near	3.5
next=neighbourhood	2.09
next=nov	-0.73
next=of	-6.5
next=on	4.83
next=one	-2.62
next=police	1.7
next=prefecture	-1.52
next=province	-4.34
next=region	-11.69
next=regional	-0.16
next=regions	-0.98
next=residents	-0.79
next=said	-1.69
next=shortly	-3.98
next=since	3.22
next=some	1.91
next=state	-2.23
next=territory	-2.95
next=that	-2.05
next=the	-1.04
next=they	-0.07
next=this	-6.2
next=to	0.25
next=told	-3.1
next=town	1.44
next=township	-2.01
next=village	8.64
next=was	-1.16
next=we	-1.09
next=were	-5.18
next=west	2.74
next=when	-3.43
next=where	2.95
next=which	-4.74
next=who	1.89
next=with	-1.39
next=’s	-3.8
origin	-7.01
pick|bias	4.23
pick|dateline	0.04
pick|kind=city	1.78
pick|locative	0.69
pick|mentions=1	3.52
pick|mentions=2	0.76
pick|mentions=3	-0.04
pick|named	1.59
pick|near	0.72
pick|next='s	-7.42
pick|next=a	-3.73
pick|next=and	8.57
pick|next=district	3.41
pick|next=in	0.13
pick|next=killed	-3.27
pick|next=late	3.3
pick|next=on	-2.5
pick|next=the	-0.27
pick|next=town	2.87
pick|next=village	4.96
pick|origin	5.75
pick|prev2=area of	-1.57
pick|prev2=city of	2.43
pick|prev2=in the	1.37
pick|prev2=municipality of	-1.93
pick|prev2=town of	3.68
pick|prev2=village of	5.12
pick|prev=at	1.16
pick|prev=in	0.96
pick|prev=near	-5.22
pick|prev=of	2.72
pick|prev=the	4.36
pick|rank<=0	-0.87
pick|sentence<=0	0.08
pick|sentence<=1	0.6
pick|sentence<=2	-4.04
pick|sentence<=3	-2.37
pick|sentence<=5	-1.07
pick|sentence>8	-1.24
pick|settlement	-1.43
pick|weight<=1	0.57
pick|weight<=12	-0.96
pick|weight<=2	-0.42
pick|weight<=4	-4.59
pick|weight<=7	2.21
pick|weight>12	2.31
prev2=along the	-0.91
prev2=and the	-6.49
prev2=area of	-1.85
prev2=around the	-0.9
prev2=at the	3.49
prev2=attack on	3.43
prev2=building on	2.81
prev2=capital of	0.74
prev2=church in	-1.14
prev2=city of	-3.12
prev2=clash in	-5.33
prev2=community of	3.99
prev2=conference in	-2.14
prev2=control of	3.68
prev2=department of	-1.09
prev2=direction of	-1.36
prev2=district of	1.02
prev2=forces in	8.2
prev2=from the	-5.39
prev2=hospital in	-8.57
prev2=in the	-2.78
prev2=market in	0.78
prev2=municipality of	-4.4
prev2=near the	-1.9
prev2=of the	1.87
prev2=office in	-2.47
prev2=on the	-3.68
prev2=outskirts of	6.68
prev2=people in	-8.6
prev2=police in	-6.91
prev2=post in	-4.09
prev2=province of	4.57
prev2=region of	-0.34
prev2=reporters in	-0.51
prev2=road between	-1.55
prev2=signed in	1.12
prev2=south of	-1.74
prev2=state capital	-4.44
prev2=state of	-1.55
prev2=station in	3.28
prev2=struck the	6.35
prev2=taken to	-0.78
prev2=the capital	0.76
prev2=the city's	-3.6
prev2=the nearby	-1.9
prev2=to the	-3.48
prev2=towards the	-5.7
prev2=town in	-0.92
prev2=town of	3.98
prev2=village in	3.81
prev2=village of	9.22
prev2=villages of	-1.67
prev2=west of	-2.4
prev=a	-1.24
prev=across	0.93
prev=and	-12.91
prev=around	10.53
prev=at	7.02
prev=between	2.96
prev=capital	-0.1
prev=central	4.74
prev=city's	-3.6
prev=eastern	2.82
prev=for	-4.01
prev=from	-6.06
prev=hit	3.29
prev=in	1.63
prev=including	-0.84
prev=near	5.81
prev=nearby	-3.1
prev=of	0.71
prev=on	-5.48
prev=say	-2.44
prev=says	0.28
prev=southern	-0.93
prev=sudan's	-1.43
prev=the	1.79
prev=to	-1.88
prev=towards	-3.87
prev=western	-1.27
prev=with	6.29
rank<=0	-5.96
rank<=1	3.5
rank<=2	3.16
rank<=4	0.01
rank>4	-0.7
rule-pick	4.23
sentence<=0	3.4
sentence<=1	3.8
sentence<=2	8.33
sentence<=3	5.54
sentence<=5	-1.63
sentence<=8	-5.32
sentence>8	-12.77
settlement	6.59
untold	-1.36
weight<=0	-1.36
weight<=1	-1.82
weight<=12	-0.89
weight<=2	1.6
weight<=4	2.35
weight<=7	-0.21
weight>12	0.33
`;
